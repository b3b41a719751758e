package com.chenbao.rounds;

import com.chenbao.forms.Form;
import com.chenbao.forms.Subject;
import com.chenbao.roster.RosterQuery;
import com.chenbao.rounds.RoundMapper.Expected;
import com.chenbao.rounds.RoundMapper.NewRound;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Opens a round once: the round row and the snapshot of who is expected are written in one
 * transaction, so whoever sees the round sees its snapshot. Two openers at once meet on the rounds
 * unique key; the second waits for the first to commit, gets the duplicate key and reads the first
 * one's round.
 */
@Component
class RoundOpener {

  private static final Logger log = LoggerFactory.getLogger(RoundOpener.class);

  private final RoundMapper mapper;
  private final TransactionTemplate transaction;
  private final Clock clock;

  /**
   * Rows per INSERT of the snapshot: one statement for a class-sized school, a few for a large one.
   */
  private static final int SNAPSHOT_CHUNK = 1000;

  private final RosterQuery roster;

  RoundOpener(
      RoundMapper mapper, RosterQuery roster, TransactionTemplate transaction, Clock clock) {
    this.mapper = mapper;
    this.roster = roster;
    this.transaction = transaction;
    this.clock = clock;
  }

  RoundRow open(long schoolId, Form form, LocalDate date) {
    RoundRow existing = mapper.findRound(schoolId, form.code(), date);
    if (existing != null) {
      return existing;
    }
    Long created = transaction.execute(status -> insertWithSnapshot(schoolId, form, date));
    RoundRow round = mapper.findRound(schoolId, form.code(), date);
    if (round == null) {
      throw new IllegalStateException(
          "Round " + form.code() + " " + date + " of school " + schoolId + " vanished");
    }
    if (created != null) {
      log.info("Opened round {} ({} {} of school {})", round.id(), form.code(), date, schoolId);
    }
    return round;
  }

  /**
   * A skipped round without a snapshot, for a date nothing was sent on; the existing round if there
   * is one.
   */
  RoundRow openSkipped(long schoolId, String formCode, LocalDate date, String reason) {
    try {
      mapper.insertRound(
          new NewRound(schoolId, formCode, date, RoundRow.SKIPPED, reason, clock.instant()));
    } catch (DuplicateKeyException alreadyThere) {
      // the existing round decides
    }
    return Objects.requireNonNull(mapper.findRound(schoolId, formCode, date));
  }

  private @Nullable Long insertWithSnapshot(long schoolId, Form form, LocalDate date) {
    NewRound round =
        new NewRound(schoolId, form.code(), date, RoundRow.OPEN, null, clock.instant());
    try {
      mapper.insertRound(round);
    } catch (DuplicateKeyException openedByAnother) {
      return null;
    }
    long roundId = Objects.requireNonNull(round.id);
    for (Subject subject : form.subjects()) {
      switch (subject.kind()) {
        case STUDENT -> snapshotStudents(roundId, schoolId, date);
        case STAFF ->
            insertExpected(
                roundId,
                "staff",
                roster.activeStaff(schoolId).stream()
                    .map(st -> new Expected(st.id(), null))
                    .toList());
      }
    }
    return roundId;
  }

  /**
   * Active students (the roster's) without a leave covering the date (ours), with their class
   * today.
   */
  private void snapshotStudents(long roundId, long schoolId, LocalDate date) {
    Set<Long> onLeave = new HashSet<>(mapper.findStudentsOnLeave(date));
    insertExpected(
        roundId,
        "student",
        roster.activeStudents(schoolId).stream()
            .filter(s -> !onLeave.contains(s.id()))
            .map(s -> new Expected(s.id(), s.classId()))
            .toList());
  }

  private void insertExpected(long roundId, String kind, List<Expected> subjects) {
    for (int from = 0; from < subjects.size(); from += SNAPSHOT_CHUNK) {
      mapper.insertExpected(
          roundId, kind, subjects.subList(from, Math.min(subjects.size(), from + SNAPSHOT_CHUNK)));
    }
  }
}

package com.chenbao.rounds;

import com.chenbao.forms.Subject;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Questions about rounds, for the conversation and other modules. Nothing here opens or writes a
 * round.
 */
public interface RoundQuery {

  /** The round of the school's form on the date, in whatever status. */
  Optional<RoundView> round(long schoolId, String formCode, LocalDate date);

  /**
   * The round that takes answers on the date: open or closed (late); empty if there is none or it
   * was skipped.
   */
  Optional<OpenRound> currentRound(long schoolId, String formCode, LocalDate date);

  /**
   * Everyone expected in the round (students by grade, class and number, then staff), with their
   * answer state.
   */
  List<ExpectedSubject> expectedSubjects(long roundId);

  /**
   * Everyone expected in the round with their current answer, in the same order as {@link
   * #expectedSubjects} (staff by name). One query for the whole round, whatever its size.
   */
  List<ExpectedAnswer> expectedAnswers(long roundId);

  /** The guardian's children expected in the round, by grade, class and student number. */
  List<ExpectedChild> expectedChildrenOf(long roundId, long guardianId);

  /** Whether the student or staff member is in the round's snapshot. */
  boolean isExpected(long roundId, Subject.Kind kind, long subjectId);

  /** The subject's current answer in the round (the latest revision), if anyone answered. */
  Optional<CurrentAnswer> currentAnswer(long roundId, Subject.Kind kind, long subjectId);

  /** The view of a round row (for modules holding a {@link RoundRow} from the rounds API). */
  RoundView view(RoundRow row);

  /** Ids of the guardians who answered for some child in the round. One query. */
  java.util.Set<Long> answeringGuardians(long roundId);
}

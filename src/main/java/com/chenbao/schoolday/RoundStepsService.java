package com.chenbao.schoolday;

import com.chenbao.calendar.RoundStep;
import com.chenbao.delivery.DeliveryLedger;
import com.chenbao.forms.Form;
import com.chenbao.roster.School;
import com.chenbao.rounds.RoundRow;
import com.chenbao.rounds.RoundTimes;
import com.chenbao.rounds.Rounds;
import com.chenbao.tally.TallyPostReport;
import com.chenbao.tally.TallyPoster;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Runs a round's steps. Every step opens the round if needed; nothing is sent for a skipped round,
 * and push, remind and notify-teachers send nothing once the round is closed (answers after that
 * are late, there is nobody left to chase). The tally step hands over to the tally module (through
 * {@link TallyPoster}), which posts each working group's tally and each class teacher's.
 */
@Service
class RoundStepsService implements RoundSteps {

  private static final Logger log = LoggerFactory.getLogger(RoundStepsService.class);

  private final Rounds rounds;
  private final RoundTimes times;
  private final PromptSteps prompts;
  private final TeacherListStep teacherLists;
  private final TallyPoster tallies;
  private final DeliveryLedger ledger;
  private final RoundTexts texts;
  private final Clock clock;
  private final GuardianReach reach;

  RoundStepsService(
      Rounds rounds,
      RoundTimes times,
      PromptSteps prompts,
      TeacherListStep teacherLists,
      TallyPoster tallies,
      DeliveryLedger ledger,
      RoundTexts texts,
      Clock clock,
      GuardianReach reach) {
    this.reach = reach;
    this.rounds = rounds;
    this.times = times;
    this.prompts = prompts;
    this.teacherLists = teacherLists;
    this.tallies = tallies;
    this.ledger = ledger;
    this.texts = texts;
    this.clock = clock;
  }

  @Override
  public StepReport run(String schoolCode, String formCode, LocalDate date, RoundStep step) {
    School school = rounds.school(schoolCode);
    Form form = rounds.form(formCode);
    RoundContext round =
        RoundContext.of(rounds, school, form, rounds.open(school.id(), form, date));
    StepReport report = runOn(round, step);
    log.info(
        "Round {} step {}: sent {}, already done {}, undeliverable {}, unknown {}{}",
        round.roundId(),
        step.code(),
        report.sent(),
        report.alreadyDone(),
        report.undeliverable(),
        report.outcomeUnknown(),
        report.note().isEmpty() ? "" : " (" + report.note() + ")");
    return report;
  }

  private StepReport runOn(RoundContext round, RoundStep step) {
    RoundRow row = round.round();
    if (row.isSkipped()) {
      return report(round, step, new SendCounts(), "round skipped: " + row.skipReason());
    }
    if (!row.isOpen() && step != RoundStep.CLOSE && step != RoundStep.TALLY) {
      return report(
          round, step, new SendCounts(), "round closed at " + row.closedAt() + "; nothing sent");
    }
    return switch (step) {
      case PUSH -> report(round, step, push(round), "");
      case REMIND -> remind(round);
      case NOTIFY_TEACHERS -> notifyTeachers(round);
      case CLOSE -> close(round);
      case TALLY -> tally(round);
    };
  }

  /**
   * Working groups (as each subscribes) and every class teacher; the tally module keeps its own
   * ledger.
   */
  private StepReport tally(RoundContext round) {
    TallyPostReport posted =
        tallies.postTally(round.school().code(), round.form().code(), round.date());
    SendCounts counts = new SendCounts();
    counts.sent = posted.groupsPosted() + posted.teachersPosted();
    counts.alreadyDone = posted.alreadyDone();
    counts.failed = posted.notDelivered();
    return report(
        round,
        RoundStep.TALLY,
        counts,
        posted.groupsPosted() + " groups, " + posted.teachersPosted() + " class teachers");
  }

  /**
   * The prompts, then the fallback channel for guardians DingTalk refused them to
   * (docs/fallback.md).
   */
  private SendCounts push(RoundContext round) {
    SendCounts counts = prompts.push(round);
    counts.add(reach.afterPush(round));
    return counts;
  }

  private StepReport remind(RoundContext round) {
    int slot =
        times.remindSlot(
            round.school().id(),
            round.school().zone(),
            round.form().code(),
            round.date(),
            clock.instant());
    return report(round, RoundStep.REMIND, prompts.remind(round, slot), "remind #" + slot);
  }

  private StepReport notifyTeachers(RoundContext round) {
    TeacherListStep.Result result = teacherLists.run(round);
    String note =
        result.classesWithoutTeacher() == 0
            ? ""
            : result.classesWithoutTeacher() + " class(es) without a class teacher";
    return report(round, RoundStep.NOTIFY_TEACHERS, result.counts(), note);
  }

  private StepReport close(RoundContext round) {
    SendCounts counts = new SendCounts();
    boolean closed = rounds.close(round.roundId(), clock.instant()) == 1;
    if (!closed) {
      counts.alreadyDone++;
    }
    return report(
        round, RoundStep.CLOSE, counts, closed ? "round closed" : "round was already closed");
  }

  @Override
  public void skip(String schoolCode, String formCode, LocalDate date, String reason) {
    School school = rounds.school(schoolCode);
    Form form = rounds.form(formCode);
    RoundRow round = rounds.findRound(school.id(), formCode, date);
    if (round == null) {
      round = rounds.openSkipped(school.id(), formCode, date, reason);
    }
    if (round.isOpen()) {
      if (ledger.countOut(round.id(), PromptSteps.PROMPT) > 0) {
        log.warn("Round {} not skipped ({}): its prompt already went out", round.id(), reason);
        return;
      }
      rounds.skip(round.id(), reason);
    } else if (!round.isSkipped() || !reason.equals(round.skipReason())) {
      log.warn("Round {} not skipped ({}): it is {}", round.id(), reason, round.status());
      return;
    }
    String forOperator =
        texts.render(
            "form.operator.round-skipped",
            Map.of(
                "school",
                school.name(),
                "date",
                texts.date(date),
                "form",
                form.name(),
                "reason",
                reason));
    log.warn(
        "Round {} of {} {} {} skipped: {} [{}]",
        round.id(),
        schoolCode,
        formCode,
        date,
        reason,
        forOperator);
  }

  private static StepReport report(
      RoundContext round, RoundStep step, SendCounts counts, String note) {
    String problems = counts.problems();
    String fullNote =
        problems.isEmpty() ? note : note.isEmpty() ? problems : note + "; " + problems;
    return new StepReport(
        round.school().code(),
        round.form().code(),
        round.date(),
        step,
        counts.sent,
        counts.alreadyDone,
        counts.undeliverable,
        counts.unknown,
        fullNote);
  }
}

package com.chenbao.schoolday;

import com.chenbao.calendar.RoundStep;
import java.time.LocalDate;

/**
 * Runs the steps of a round. The scheduler rings these at the school's times; an operator may run
 * any step by hand for any date. Every step is idempotent: running it twice, or on two instances at
 * once, sends nothing twice (a delivery row with a unique key is written before each send). The
 * round is opened (expected people snapshotted) by the first step that needs it.
 */
public interface RoundSteps {

  /**
   * Runs {@code step} of the round of {@code formCode} on {@code date} for the school now.
   *
   * @throws IllegalArgumentException for an unknown school or form
   */
  StepReport run(String schoolCode, String formCode, LocalDate date, RoundStep step);

  /**
   * Records that the round will not run (e.g. the service was down until after the cut-off), with
   * the reason; the round's status becomes skipped. Does nothing if the round already sent its
   * prompt.
   */
  void skip(String schoolCode, String formCode, LocalDate date, String reason);
}

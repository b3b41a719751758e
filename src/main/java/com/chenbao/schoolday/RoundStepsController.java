package com.chenbao.schoolday;

import com.chenbao.calendar.RoundStep;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A round's steps by hand for operators: run any step for any date. Guarded by the admin token. */
@RestController
@RequestMapping("/api/schools/{schoolCode}")
class RoundStepsController {

  private final RoundSteps steps;

  RoundStepsController(RoundSteps steps) {
    this.steps = steps;
  }

  @PostMapping("/forms/{formCode}/rounds/{date}/steps/{step}")
  StepReport runStep(
      @PathVariable String schoolCode,
      @PathVariable String formCode,
      @PathVariable @DateTimeFormat(iso = ISO.DATE) LocalDate date,
      @PathVariable String step) {
    return steps.run(schoolCode, formCode, date, stepOf(step));
  }

  private static RoundStep stepOf(String code) {
    try {
      return RoundStep.fromCode(code);
    } catch (IllegalArgumentException e) {
      throw new UnknownStep(code, e);
    }
  }
}

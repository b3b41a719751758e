package com.chenbao.schoolday;

import com.chenbao.calendar.RoundStep;
import com.chenbao.testkit.TestClock;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/** The scheduler tests' context: Quartz on, a recording RoundSteps and a clock the tests set. */
@TestConfiguration(proxyBeanMethods = false)
class SchedulerTestBeans {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  /** One context for every scheduler test class (same annotations, so Spring caches it once). */
  @Target(ElementType.TYPE)
  @Retention(RetentionPolicy.RUNTIME)
  @SpringBootTest(
      webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
      properties = "chenbao.scheduler.enabled=true")
  @Import(SchedulerTestBeans.class)
  @interface SchedulerTest {}

  @Bean
  @Primary
  RecordingRoundSteps recordingRoundSteps() {
    return new RecordingRoundSteps();
  }

  @Bean
  @Primary
  TestClock settableClock() {
    return new TestClock();
  }

  /** Records every call as "run school form date step" or "skip school form date | reason". */
  static final class RecordingRoundSteps implements RoundSteps {
    final List<String> calls = new CopyOnWriteArrayList<>();

    @Override
    public StepReport run(String schoolCode, String formCode, LocalDate date, RoundStep step) {
      calls.add("run " + schoolCode + " " + formCode + " " + date + " " + step.code());
      return new StepReport(schoolCode, formCode, date, step, 0, 0, 0, 0, "fake");
    }

    @Override
    public void skip(String schoolCode, String formCode, LocalDate date, String reason) {
      calls.add("skip " + schoolCode + " " + formCode + " " + date + " | " + reason);
    }

    long count(String call) {
      return calls.stream().filter(call::equals).count();
    }
  }
}

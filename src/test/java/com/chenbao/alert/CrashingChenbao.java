package com.chenbao.alert;

import com.chenbao.ChenbaoApplication;
import com.chenbao.forms.AnswerValues;
import com.chenbao.forms.Subject;
import com.chenbao.rounds.AnswerRecorder;
import com.chenbao.rounds.AnswererKind;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.concurrent.Executor;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.scheduling.annotation.AsyncConfigurer;

/**
 * The service as a child process of {@link AlertCrashRecoveryIntegrationTests}: the real
 * application, plus, when asked ({@code --crash.round}), an answer recorded right after the start
 * whose event listeners are never run: the executor of asynchronous listeners takes their task,
 * prints {@link #HELD} and drops it, so the answer and its event publication are committed and
 * nothing after them happens. The test then kills the process.
 */
public final class CrashingChenbao {

  static final String HELD = "CRASH-TEST: listener held after the answer's commit";

  private CrashingChenbao() {}

  public static void main(String[] args) {
    SpringApplication app = new SpringApplication(ChenbaoApplication.class, Hooks.class);
    // The test classes' own configurations (@TestConfiguration) stay out, as in a test context.
    app.addInitializers(
        context ->
            context
                .getBeanFactory()
                .registerSingleton(
                    "crashTestExcludes",
                    new TypeExcludeFilter() {
                      @Override
                      public boolean match(MetadataReader reader, MetadataReaderFactory factory)
                          throws IOException {
                        return reader
                            .getAnnotationMetadata()
                            .isAnnotated(TestComponent.class.getName());
                      }
                    }));
    app.run(args);
  }

  @TestConfiguration(proxyBeanMethods = false)
  static class Hooks implements AsyncConfigurer {

    private final Environment environment;

    Hooks(Environment environment) {
      this.environment = environment;
    }

    @Override
    public Executor getAsyncExecutor() {
      if (!environment.containsProperty("crash.round")) {
        return null; // Spring Boot's task executor, as in production
      }
      return task -> {
        System.out.println(HELD);
        System.out.flush();
      };
    }

    @Bean
    ApplicationRunner crashAnswer(AnswerRecorder recorder, Clock clock) {
      return args -> {
        if (!environment.containsProperty("crash.round")) {
          return;
        }
        long round = Long.parseLong(environment.getRequiredProperty("crash.round"));
        long student = Long.parseLong(environment.getRequiredProperty("crash.student"));
        long guardian = Long.parseLong(environment.getRequiredProperty("crash.guardian"));
        AnswerValues fever =
            AnswerValues.none().withTemperature(new BigDecimal("38.6")).withHealthCode("green");
        recorder.record(
            round,
            Subject.Kind.STUDENT,
            student,
            AnswererKind.GUARDIAN,
            guardian,
            fever,
            "38.6",
            null,
            clock.instant());
      };
    }
  }
}

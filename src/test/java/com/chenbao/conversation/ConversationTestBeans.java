package com.chenbao.conversation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** A clock the conversation tests set to a school-day morning in Asia/Shanghai. */
@TestConfiguration(proxyBeanMethods = false)
class ConversationTestBeans {

  @Bean
  @Primary
  SettableClock conversationClock() {
    return new SettableClock();
  }

  static final class SettableClock extends Clock {
    private volatile Instant now = Instant.now();

    void setShanghai(LocalDateTime local) {
      now = local.atZone(ZoneId.of("Asia/Shanghai")).toInstant();
    }

    void advanceMinutes(long minutes) {
      now = now.plusSeconds(minutes * 60);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      SettableClock outer = this;
      return new Clock() {
        @Override
        public Instant instant() {
          return outer.instant();
        }

        @Override
        public ZoneId getZone() {
          return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
          return outer.withZone(other);
        }
      };
    }
  }
}

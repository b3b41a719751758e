package com.chenbao.conversation;

import com.chenbao.testkit.TestClock;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** A clock the conversation tests set to a school-day morning in Asia/Shanghai. */
@TestConfiguration(proxyBeanMethods = false)
class ConversationTestBeans {

  @Bean
  @Primary
  TestClock conversationClock() {
    return new TestClock();
  }
}

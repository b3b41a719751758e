package com.chenbao.dingtalk.inbound;

import com.chenbao.dingtalk.DingTalkMode;
import com.chenbao.dingtalk.DingTalkProperties;
import com.chenbao.messaging.InboundMessageHandler;
import com.chenbao.messaging.InboundReplier;
import com.chenbao.shared.MessageTexts;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class InboundConfiguration {

  /**
   * Backs off as soon as another module (conversation) declares an {@link InboundMessageHandler} as
   * a component. Scanned components are registered before {@code @Bean} conditions are evaluated; a
   * handler declared by another {@code @Bean} method should be {@code @Primary} to be safe.
   */
  @Bean
  @ConditionalOnMissingBean(InboundMessageHandler.class)
  InboundMessageHandler helpReplyHandler(InboundReplier replier, MessageTexts texts) {
    return new HelpReplyHandler(replier, texts);
  }

  /** Only with {@code chenbao.dingtalk.inbound=stream}; it still stays idle in sandbox mode. */
  @Bean
  @ConditionalOnProperty(name = "chenbao.dingtalk.inbound", havingValue = "stream")
  StreamConnection streamConnection(
      DingTalkProperties dingtalk,
      DingTalkMode mode,
      StreamProperties stream,
      InboundPipeline pipeline,
      Clock clock,
      MeterRegistry meters) {
    return new StreamConnection(
        !mode.sandbox(),
        new SdkStreamClientFactory(dingtalk, pipeline, meters),
        new ExecutorStreamScheduler(),
        stream,
        clock,
        meters);
  }
}

package com.chenbao.dingtalk;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import com.chenbao.messaging.ChatGateway;
import com.chenbao.messaging.InboundDirectMessageSender;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.context.annotation.Configuration;

/** The outbound adapter as Spring beans: the {@code ChatGateway} and the monthly call accounting. */
@Configuration(proxyBeanMethods = false)
class DingTalkOutboundConfiguration {

  @Bean
  MonthlyCallAccounting dingTalkCallAccounting(ApiCallCountMapper mapper, Clock clock, DingTalkProperties properties,
      ObjectProvider<MeterRegistry> registry) {
    MonthlyCallAccounting accounting = new MonthlyCallAccounting(mapper, clock, properties.monthlyCallQuota());
    registry.ifAvailable(meters -> Gauge.builder("chenbao.dingtalk.calls.month", accounting,
            MonthlyCallAccounting::gaugeValue)
        .description("DingTalk OpenAPI calls this month (Asia/Shanghai) that count against the monthly quota")
        .register(meters));
    return accounting;
  }

  /** Decided once, at start-up: refuses to start without an app key and without the sandbox. */
  @Bean
  DingTalkMode dingTalkMode(DingTalkProperties properties, SandboxProperties sandbox) {
    return DingTalkMode.decide(properties, sandbox);
  }

  /** The port features send through: DingTalk itself, or in sandbox mode the stand-in on our own port. */
  @Bean
  ChatGateway chatGateway(DingTalkProperties properties, DingTalkOutboundProperties settings,
      MonthlyCallAccounting accounting, Clock clock, Environment environment, DingTalkMode mode) {
    if (mode.sandbox()) {
      return new SandboxEndpointGateway(properties, environment,
          sandbox -> OutboundAdapterFactory.production(sandbox, settings, accounting, clock));
    }
    return OutboundAdapterFactory.production(properties, settings, accounting, clock);
  }

  @Bean
  InboundDirectMessageSender inboundDirectMessageSender(ChatGateway gateway) {
    return new GatewayDirectMessageSender(gateway);
  }
}

package com.chenbao.dingtalk;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
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

  @Bean
  DingTalkChatGateway dingTalkChatGateway(DingTalkProperties properties, DingTalkOutboundProperties settings,
      MonthlyCallAccounting accounting, Clock clock) {
    return OutboundAdapterFactory.production(properties, settings, accounting, clock);
  }
}

package com.chenbao.dingtalk;

import com.chenbao.messaging.ChatGateway;
import com.chenbao.messaging.InboundDirectMessageSender;
import com.chenbao.schoolconfig.SchoolDingTalkApps;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbound adapter as Spring beans: the {@code ChatGateway} and the monthly call accounting.
 */
@Configuration(proxyBeanMethods = false)
class DingTalkOutboundConfiguration {

  @Bean
  MonthlyCallAccounting dingTalkCallAccounting(
      ApiCallCountMapper mapper,
      Clock clock,
      DingTalkProperties properties,
      ObjectProvider<MeterRegistry> registry) {
    MonthlyCallAccounting accounting =
        new MonthlyCallAccounting(mapper, clock, properties.monthlyCallQuota());
    registry.ifAvailable(
        meters ->
            Gauge.builder(
                    "chenbao.dingtalk.calls.month", accounting, MonthlyCallAccounting::gaugeValue)
                .description(
                    "DingTalk OpenAPI calls this month (Asia/Shanghai) that count against the monthly quota")
                .register(meters));
    return accounting;
  }

  /** Decided once, at start-up: refuses to start without an app key and without the sandbox. */
  @Bean
  DingTalkMode dingTalkMode(DingTalkProperties properties, SandboxProperties sandbox) {
    return DingTalkMode.decide(properties, sandbox);
  }

  /**
   * Which app sends for which school: the process-wide one, or a school's own (its school file).
   */
  @Bean
  DingTalkApps dingTalkApps(
      DingTalkProperties properties, DingTalkMode mode, SchoolDingTalkApps schools, Clock clock) {
    AppCredentials defaultApp =
        mode.sandbox()
            ? new AppCredentials(
                AppCredentials.SANDBOX_APP_KEY,
                AppCredentials.SANDBOX_APP_SECRET,
                AppCredentials.SANDBOX_ROBOT_CODE)
            : AppCredentials.from(properties);
    return new DingTalkApps(defaultApp, schools, clock, mode.sandbox());
  }

  /** How calls are paced: across every instance on the database (the default), or per process. */
  @Bean
  ApiPermits dingTalkApiPermits(
      DingTalkProperties properties,
      DingTalkRateLimitProperties rateLimit,
      ApiPaceMapper pace,
      PlatformTransactionManager transactions) {
    ApiPermits local =
        OutboundAdapterFactory.localPermits(properties, Sleeper.REAL, System::nanoTime);
    if (!rateLimit.shared()) {
      return local;
    }
    return new SharedApiPermits(
        pace,
        new TransactionTemplate(transactions),
        properties.qps(),
        System::nanoTime,
        Sleeper.REAL,
        local);
  }

  /**
   * The port features send through: DingTalk itself, one adapter per app, or in sandbox mode the
   * stand-in on our own port.
   */
  @Bean
  ChatGateway chatGateway(
      DingTalkProperties properties,
      DingTalkOutboundProperties settings,
      MonthlyCallAccounting accounting,
      Clock clock,
      Environment environment,
      DingTalkMode mode,
      DingTalkApps apps,
      ApiPermits permits) {
    if (mode.sandbox()) {
      return new SandboxEndpointGateway(
          properties,
          environment,
          sandbox -> OutboundAdapterFactory.production(sandbox, settings, accounting, clock));
    }
    return new MultiAppChatGateway(
        apps,
        OutboundAdapterFactory.appGateways(
            properties, settings, accounting, clock, Sleeper.REAL, System::nanoTime, permits));
  }

  /** Replies outside a message's session go through the app that received the message. */
  @Bean
  InboundDirectMessageSender inboundDirectMessageSender(ChatGateway gateway, DingTalkApps apps) {
    if (!(gateway instanceof MultiAppChatGateway multiApp)) {
      return new GatewayDirectMessageSender(gateway);
    }
    return new GatewayDirectMessageSender(
        gateway,
        message ->
            apps.forInbound(RawInbound.robotCode(message), RawInbound.corpId(message))
                .map(multiApp::forApp)
                .orElse(gateway));
  }
}

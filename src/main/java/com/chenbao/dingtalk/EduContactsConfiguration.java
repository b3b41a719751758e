package com.chenbao.dingtalk;

import com.chenbao.roster.HomeSchoolContacts;
import java.net.URI;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The home-school contacts adapter as a Spring bean: against DingTalk, or in sandbox mode against
 * the stand-in on this service's own port (known only once the web server runs, so the target is
 * resolved at each read).
 */
@Configuration(proxyBeanMethods = false)
class EduContactsConfiguration {

  @Bean
  HomeSchoolContacts homeSchoolContacts(
      DingTalkProperties properties,
      DingTalkOutboundProperties settings,
      MonthlyCallAccounting accounting,
      Clock clock,
      Environment environment,
      DingTalkMode mode) {
    Supplier<DingTalkProperties> target =
        mode.sandbox() ? () -> sandboxTarget(properties, environment) : () -> properties;
    Map<String, ApiRateLimiter> limiters = new ConcurrentHashMap<>();
    OkHttpClient http =
        OutboundAdapterFactory.webhookHttp(properties); // timeouts only; same in sandbox mode
    return new DingTalkHomeSchoolContacts(
        readCounter ->
            create(
                target.get(),
                settings,
                api -> {
                  accounting.recordCall(api);
                  readCounter.recordCall(api);
                },
                clock,
                Sleeper.REAL,
                System::nanoTime,
                limiters,
                http));
  }

  /**
   * One client per read, with its own token cache; the per-API limiters are shared by all reads
   * (only this adapter calls the edu APIs), so two syncs at once still stay under the app's QPS per
   * API.
   */
  static EduContactsClient create(
      DingTalkProperties properties,
      DingTalkOutboundProperties settings,
      ApiCallCounter counter,
      Clock clock,
      Sleeper sleeper,
      LongSupplier nanoTime,
      Map<String, ApiRateLimiter> limiters,
      OkHttpClient http) {
    Retrier retrier =
        new Retrier(
            clock,
            sleeper,
            OutboundAdapterFactory.RANDOM,
            settings.retryBudget(),
            settings.initialBackoff());
    OpenApiCaller caller =
        new OpenApiCaller(
            new DingTalkOpenApi(properties),
            AppCredentials.from(properties),
            counter,
            clock,
            retrier,
            settings,
            apiName ->
                limiters.computeIfAbsent(
                    apiName, a -> new ApiRateLimiter(properties.qps(), nanoTime, sleeper)));
    return new EduContactsClient(http, HttpUrl.get(properties.oapiBaseUrl().toString()), caller);
  }

  private static DingTalkProperties sandboxTarget(
      DingTalkProperties properties, Environment environment) {
    String port = environment.getProperty("local.server.port");
    if (port == null) {
      throw new IllegalStateException(
          "Sandbox mode reads this service's own web server, which is not running");
    }
    String base = "http://127.0.0.1:" + port;
    return properties.forSandbox(
        URI.create(base), URI.create(base + SandboxEndpointGateway.SANDBOX_OAPI_PATH));
  }
}

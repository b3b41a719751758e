package com.chenbao.dingtalk;

import com.chenbao.dingtalk.DingTalkApiException.Kind;
import java.time.Clock;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one DingTalk OpenAPI call the way DingTalk wants to be called: with a cached access token
 * (refetched once if refused), paced per app and API by {@link ApiPermits} (each attempt waits for
 * a permit), counted against the monthly quota when it reached DingTalk, and retried by the {@link
 * Retrier}. The token endpoint is limited too but not counted (it is exempt from the quota).
 */
final class OpenApiCaller {

  static final String TOKEN_API = "oauth2/accessToken";
  private static final Logger log = LoggerFactory.getLogger(OpenApiCaller.class);

  private final AppCredentials credentials;
  private final AccessTokenCache tokens;
  private final ApiCallCounter counter;
  private final Retrier retrier;
  private final ApiPermits permits;

  /**
   * A caller with limiters of its own, in this process only (tests, and callers that make their
   * own).
   */
  OpenApiCaller(
      DingTalkOpenApi api,
      AppCredentials credentials,
      ApiCallCounter counter,
      Clock clock,
      Retrier retrier,
      DingTalkOutboundProperties settings,
      Function<String, ApiRateLimiter> limiterFactory) {
    this(api, credentials, counter, clock, retrier, settings, new LocalApiPermits(limiterFactory));
  }

  /**
   * A caller for one app whose calls are paced by {@code permits} (shared by every app's caller).
   */
  OpenApiCaller(
      DingTalkOpenApi api,
      AppCredentials credentials,
      ApiCallCounter counter,
      Clock clock,
      Retrier retrier,
      DingTalkOutboundProperties settings,
      ApiPermits permits) {
    this.credentials = credentials;
    this.counter = counter;
    this.retrier = retrier;
    this.permits = permits;
    this.tokens =
        new AccessTokenCache(
            creds -> withRetries(TOKEN_API, false, () -> api.fetchToken(creds)),
            clock,
            settings.tokenRefreshEarly());
  }

  AppCredentials credentials() {
    return credentials;
  }

  /**
   * Calls {@code action} with a valid access token; a refused token is replaced and the call
   * retried once.
   */
  <T> T withToken(String api, Function<String, T> action) {
    String token = tokens.token(credentials);
    try {
      return withRetries(api, true, () -> action.apply(token));
    } catch (DingTalkApiException e) {
      if (e.kind() != Kind.INVALID_TOKEN) {
        throw e;
      }
      log.info(
          "DingTalk refused the access token for {}; fetching a new one and retrying once", api);
      tokens.invalidate(credentials.appKey(), token);
      String fresh = tokens.token(credentials);
      return withRetries(api, true, () -> action.apply(fresh));
    }
  }

  <T> T withRetries(String api, boolean countsAgainstQuota, Supplier<T> attempt) {
    return retrier.run(
        api,
        () -> {
          awaitPermit(api);
          try {
            T result = attempt.get();
            count(api, countsAgainstQuota);
            return result;
          } catch (RuntimeException e) {
            DingTalkApiException failure = SdkErrors.translate(e);
            if (failure.httpStatus() > 0 || failure.kind() == Kind.OUTCOME_UNKNOWN) {
              count(
                  api,
                  countsAgainstQuota); // it reached DingTalk (or may have): assume it was charged
            }
            throw failure;
          }
        });
  }

  private void count(String api, boolean countsAgainstQuota) {
    if (countsAgainstQuota) {
      counter.recordCall(credentials.appKey(), api);
    }
  }

  private void awaitPermit(String api) {
    try {
      permits.acquire(credentials.appKey(), api);
    } catch (InterruptedException e) {
      throw Retrier.interrupted();
    }
  }
}

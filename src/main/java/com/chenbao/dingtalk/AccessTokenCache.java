package com.chenbao.dingtalk;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;

/**
 * Access tokens per app key. A token is reused until {@code refreshEarly} before it expires; then
 * exactly one caller fetches a new one while the others wait for it (the token endpoint is
 * rate-limited, and DingTalk advises against fetching per request). A token DingTalk refused is
 * dropped with {@link #invalidate} so the next caller fetches a fresh one.
 */
final class AccessTokenCache {

  /** What the token endpoint returned. */
  record FetchedToken(String accessToken, Duration expiresIn) {}

  /** Fetches a token from DingTalk; throws {@link DingTalkApiException} on failure. */
  @FunctionalInterface
  interface TokenFetcher {
    FetchedToken fetch(AppCredentials credentials);
  }

  private record CachedToken(String value, Instant refreshAt) {}

  private final TokenFetcher fetcher;
  private final Clock clock;
  private final Duration refreshEarly;
  private final Map<String, CachedToken> tokens = new ConcurrentHashMap<>();
  private final Map<String, ReentrantLock> locks = new ConcurrentHashMap<>();

  AccessTokenCache(TokenFetcher fetcher, Clock clock, Duration refreshEarly) {
    this.fetcher = fetcher;
    this.clock = clock;
    this.refreshEarly = refreshEarly;
  }

  String token(AppCredentials credentials) {
    String cached = fresh(credentials.appKey());
    if (cached != null) {
      return cached;
    }
    ReentrantLock lock = locks.computeIfAbsent(credentials.appKey(), key -> new ReentrantLock());
    lock.lock();
    try {
      // Another caller may have refreshed it while we waited for the lock.
      cached = fresh(credentials.appKey());
      if (cached != null) {
        return cached;
      }
      FetchedToken fetched = fetcher.fetch(credentials);
      Instant refreshAt = clock.instant().plus(fetched.expiresIn()).minus(refreshEarly);
      tokens.put(credentials.appKey(), new CachedToken(fetched.accessToken(), refreshAt));
      return fetched.accessToken();
    } finally {
      lock.unlock();
    }
  }

  /**
   * Drops the token if it is still the one that was refused (so concurrent refusals cause one
   * refetch).
   */
  void invalidate(String appKey, String refusedToken) {
    tokens.computeIfPresent(
        appKey, (key, current) -> current.value().equals(refusedToken) ? null : current);
  }

  private @Nullable String fresh(String appKey) {
    CachedToken token = tokens.get(appKey);
    return token != null && clock.instant().isBefore(token.refreshAt()) ? token.value() : null;
  }
}

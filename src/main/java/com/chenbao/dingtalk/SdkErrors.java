package com.chenbao.dingtalk;

import com.aliyun.tea.TeaException;
import com.aliyun.teautil.models.TeaUtilException;
import com.chenbao.dingtalk.DingTalkApiException.Kind;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Turns whatever the Tea SDK throws into a {@link DingTalkApiException}. The SDK wraps every I/O
 * failure in TeaRetryableException (itself a TeaException without status) and then in
 * TeaUnretryableException, so the cause chain is searched for the I/O error first.
 */
final class SdkErrors {

  private SdkErrors() {}

  static DingTalkApiException translate(Throwable failure) {
    if (failure instanceof DingTalkApiException known) {
      return known;
    }
    IOException io = findIoCause(failure);
    if (io != null) {
      return network(io);
    }
    if (failure instanceof TeaException tea && tea.getStatusCode() != null) {
      return fromHttp(
          tea.getStatusCode(), nullToEmpty(tea.getCode()), nullToEmpty(tea.getMessage()), tea);
    }
    if (failure instanceof TeaUtilException) {
      // A non-JSON error body: a proxy/gateway page or the per-IP block page. Worth another try
      // later.
      return new DingTalkApiException(
          0, "NonJsonResponse", nullToEmpty(failure.getMessage()), Kind.TRANSIENT, failure);
    }
    return new DingTalkApiException(
        0,
        failure.getClass().getSimpleName(),
        nullToEmpty(failure.getMessage()),
        Kind.REJECTED,
        failure);
  }

  static DingTalkApiException fromHttp(
      int status, String code, String message, @Nullable Throwable cause) {
    return new DingTalkApiException(status, code, message, kindOf(status, code), cause);
  }

  static Kind kindOf(int status, String code) {
    if ("InvalidAuthentication".equals(code)) {
      return Kind.INVALID_TOKEN;
    }
    if (code.startsWith("Forbidden.AccessDenied.QpsLimit") || status == 429) {
      return Kind.THROTTLED;
    }
    return status >= 500 ? Kind.TRANSIENT : Kind.REJECTED;
  }

  /**
   * Failures before any byte was sent are safe to retry; everything else (read timeout, connection
   * reset after writing) may have reached DingTalk, so its outcome is unknown.
   */
  static DingTalkApiException network(IOException io) {
    String message = nullToEmpty(io.getMessage());
    boolean notSent =
        io instanceof ConnectException
            || io instanceof UnknownHostException
            || io instanceof NoRouteToHostException
            || (io instanceof SocketTimeoutException
                && message.toLowerCase(Locale.ROOT).contains("connect"));
    return new DingTalkApiException(
        0,
        io.getClass().getSimpleName(),
        message,
        notSent ? Kind.TRANSIENT : Kind.OUTCOME_UNKNOWN,
        io);
  }

  private static @Nullable IOException findIoCause(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof IOException io) {
        return io;
      }
    }
    return null;
  }

  private static String nullToEmpty(@Nullable String s) {
    return s == null ? "" : s;
  }
}

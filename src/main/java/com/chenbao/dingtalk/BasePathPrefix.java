package com.chenbao.dingtalk;

import com.aliyun.tea.TeaRequest;
import com.aliyun.tea.interceptor.InterceptorContext;
import com.aliyun.tea.interceptor.RequestInterceptor;
import com.aliyun.tea.utils.AttributeMap;
import java.net.URI;
import java.util.Optional;

/**
 * Lets the API base URL carry a path (e.g. the sandbox at {@code http://127.0.0.1:8080/sandbox}): the SDK endpoint
 * is only host[:port], so the path is put in front of every request's pathname.
 */
final class BasePathPrefix implements RequestInterceptor {

  private final String prefix;

  private BasePathPrefix(String prefix) {
    this.prefix = prefix;
  }

  static Optional<BasePathPrefix> of(URI baseUrl) {
    String path = baseUrl.getRawPath();
    if (path == null || path.isEmpty() || path.equals("/")) {
      return Optional.empty();
    }
    return Optional.of(new BasePathPrefix(path.endsWith("/") ? path.substring(0, path.length() - 1) : path));
  }

  @Override
  public TeaRequest modifyRequest(InterceptorContext context, AttributeMap attributes) {
    TeaRequest request = context.teaRequest();
    if (request.pathname != null && !request.pathname.startsWith(prefix + "/")) {
      request.pathname = prefix + request.pathname;
    }
    return request;
  }
}

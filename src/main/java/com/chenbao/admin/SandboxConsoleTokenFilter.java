package com.chenbao.admin;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The sandbox console ({@code /sandbox} and {@code /sandbox/api/**}) lists every guardian with
 * their children and lets its user reply as any of them. On loopback only the machine's own user
 * reaches it; as soon as the server listens on another address ({@code server.address} unset,
 * 0.0.0.0, a LAN address) it needs the admin token: {@code Authorization: Bearer <token>}, or the
 * cookie set by opening {@code /sandbox?token=<token>} once (then redirected, so the token leaves
 * the address bar).
 */
class SandboxConsoleTokenFilter extends OncePerRequestFilter {

  static final String COOKIE = "chenbao_admin";

  private final AdminToken token;

  SandboxConsoleTokenFilter(AdminToken token) {
    this.token = token;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (AdminTokenFilter.hasBearer(request, token) || hasCookie(request)) {
      chain.doFilter(request, response);
      return;
    }
    String presented = "GET".equals(request.getMethod()) ? queryToken(request) : null;
    if (presented != null && token.matches(presented)) {
      ResponseCookie cookie =
          ResponseCookie.from(COOKIE, presented)
              .httpOnly(true)
              .sameSite("Strict")
              .path("/sandbox")
              .build();
      response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
      response.setStatus(HttpServletResponse.SC_SEE_OTHER);
      response.setHeader(HttpHeaders.LOCATION, request.getRequestURI());
      return;
    }
    AdminTokenFilter.unauthorized(
        response,
        "The sandbox console needs the admin token when the server listens beyond"
            + " loopback: open /sandbox?token=<admin token> or send Authorization: Bearer <admin token>");
  }

  private boolean hasCookie(HttpServletRequest request) {
    Cookie[] cookies = request.getCookies();
    if (cookies == null) {
      return false;
    }
    for (Cookie cookie : cookies) {
      if (COOKIE.equals(cookie.getName()) && token.matches(cookie.getValue())) {
        return true;
      }
    }
    return false;
  }

  /** From the query string only: never read a request body here. */
  private static @Nullable String queryToken(HttpServletRequest request) {
    String query = request.getQueryString();
    if (query == null) {
      return null;
    }
    for (String pair : query.split("&")) {
      if (pair.startsWith("token=")) {
        return java.net.URLDecoder.decode(
            pair.substring(6), java.nio.charset.StandardCharsets.UTF_8);
      }
    }
    return null;
  }

  /** {@code server.address} unset (every interface) or not a loopback address. */
  static boolean listensBeyondLoopback(@Nullable String serverAddress) {
    if (serverAddress == null || serverAddress.isBlank()) {
      return true;
    }
    try {
      return !InetAddress.getByName(serverAddress.trim()).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return true;
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class Registration {
    @Bean
    FilterRegistrationBean<SandboxConsoleTokenFilter> sandboxConsoleTokenFilter(
        AdminToken token, Environment env) {
      FilterRegistrationBean<SandboxConsoleTokenFilter> bean =
          new FilterRegistrationBean<>(new SandboxConsoleTokenFilter(token));
      bean.addUrlPatterns("/sandbox", "/sandbox/", "/sandbox/api/*");
      bean.setOrder(0);
      bean.setEnabled(listensBeyondLoopback(env.getProperty("server.address")));
      return bean;
    }
  }
}

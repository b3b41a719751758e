package com.chenbao.sandbox;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetAddress;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The DingTalk stand-in's own API (token, robot sends, webhook robots, session webhooks) is called
 * only by this service's adapter, on 127.0.0.1. Its pretend app's credentials are public, so a
 * request from any other address is refused (403): nobody elsewhere can put messages into the
 * sandbox's chats even when the server listens beyond loopback.
 */
class SandboxLoopbackFilter extends OncePerRequestFilter {

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (isLoopback(request.getRemoteAddr())) {
      chain.doFilter(request, response);
      return;
    }
    response.sendError(
        HttpServletResponse.SC_FORBIDDEN,
        "The sandbox's DingTalk stand-in answers this machine only");
  }

  static boolean isLoopback(String address) {
    try {
      // A literal address from the connection: no name lookup happens.
      return InetAddress.getByName(address).isLoopbackAddress();
    } catch (IOException e) {
      return false;
    }
  }

  @Configuration(proxyBeanMethods = false)
  @Conditional(SandboxMode.class)
  static class Registration {
    @Bean
    FilterRegistrationBean<SandboxLoopbackFilter> sandboxLoopbackFilter() {
      FilterRegistrationBean<SandboxLoopbackFilter> bean =
          new FilterRegistrationBean<>(new SandboxLoopbackFilter());
      bean.addUrlPatterns("/v1.0/*", "/sandbox/oapi/*", "/sandbox/session/*");
      bean.setOrder(0);
      return bean;
    }
  }
}

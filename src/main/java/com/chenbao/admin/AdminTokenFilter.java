package com.chenbao.admin;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/** Refuses every {@code /api/**} request without {@code Authorization: Bearer <admin token>}. */
class AdminTokenFilter extends OncePerRequestFilter {

  private final AdminToken token;

  AdminTokenFilter(AdminToken token) {
    this.token = token;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (hasBearer(request, token)) {
      chain.doFilter(request, response);
      return;
    }
    unauthorized(
        response, "Missing or wrong bearer token (Authorization: Bearer <chenbao.admin.token>)");
  }

  static boolean hasBearer(HttpServletRequest request, AdminToken token) {
    String header = request.getHeader(HttpHeaders.AUTHORIZATION);
    return header != null
        && header.regionMatches(true, 0, "Bearer ", 0, 7)
        && token.matches(header.substring(7).trim());
  }

  static void unauthorized(HttpServletResponse response, String detail) throws IOException {
    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"chenbao\"");
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    response
        .getWriter()
        .write(
            "{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,\"detail\":\""
                + detail
                + "\"}");
  }

  @Configuration(proxyBeanMethods = false)
  static class Registration {
    @Bean
    FilterRegistrationBean<AdminTokenFilter> adminTokenFilter(AdminToken token) {
      FilterRegistrationBean<AdminTokenFilter> bean =
          new FilterRegistrationBean<>(new AdminTokenFilter(token));
      bean.addUrlPatterns("/api/*");
      bean.setOrder(0);
      return bean;
    }
  }
}

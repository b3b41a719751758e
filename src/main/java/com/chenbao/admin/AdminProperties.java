package com.chenbao.admin;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code chenbao.admin.*}. The token is a secret: it never appears in {@link #toString()}. */
@ConfigurationProperties("chenbao.admin")
record AdminProperties(@Nullable String token) {

  @Override
  public String toString() {
    return "AdminProperties[token="
        + (token == null || token.isBlank() ? "<generated>" : "****")
        + "]";
  }
}

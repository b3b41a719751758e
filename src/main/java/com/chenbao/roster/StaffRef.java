package com.chenbao.roster;

import org.jspecify.annotations.Nullable;

/**
 * A staff member as a config file or import names them. Matched to an existing staff row by
 * DingTalk userId, else by phone, else by an exact and unique name.
 */
public record StaffRef(
    String name, @Nullable String dingtalkUserId, @Nullable String phone, @Nullable String title) {

  public StaffRef {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("A staff member needs a name");
    }
  }

  public static StaffRef named(String name, @Nullable String dingtalkUserId) {
    return new StaffRef(name, dingtalkUserId, null, null);
  }
}

package com.chenbao.schoolconfig;

import java.util.Locale;

/** Leader, deputy, member: in this order of rank. */
public enum MemberRole {
  LEADER,
  DEPUTY,
  MEMBER;

  /** The value stored in working_group_members.role and accepted in files. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static MemberRole fromCode(String code) {
    return valueOf(code.toUpperCase(Locale.ROOT));
  }
}

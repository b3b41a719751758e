package com.chenbao.schoolconfig;

import org.jspecify.annotations.Nullable;

/**
 * A school's own DingTalk app, from the {@code dingtalk} section of its school file. The secret is
 * read from this instance's environment (the variable the file names) each time the app is looked
 * up; it is never stored.
 *
 * @param appSecret null if the variable is not set in this instance's environment (calls then fail
 *     loudly)
 * @param robotCode null: the app key (an internal app's robot code equals its app key unless the
 *     console says otherwise)
 * @param agentId for work notifications; null if the file gives none
 */
public record SchoolDingTalkApp(
    long schoolId,
    @Nullable String corpId,
    String appKey,
    @Nullable String appSecret,
    String appSecretVariable,
    @Nullable String robotCode,
    @Nullable String agentId) {

  @Override
  public String toString() {
    return "SchoolDingTalkApp[schoolId="
        + schoolId
        + ", corpId="
        + corpId
        + ", appKey="
        + appKey
        + ", appSecret="
        + (appSecret == null ? "<unset>" : "****")
        + ", appSecretVariable="
        + appSecretVariable
        + ", robotCode="
        + robotCode
        + ", agentId="
        + agentId
        + "]";
  }
}

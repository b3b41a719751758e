package com.chenbao.schoolconfig;

import java.util.List;

/**
 * The schools that have their own DingTalk app (a {@code dingtalk} section in their school file). A
 * school not listed uses the process-wide app ({@code chenbao.dingtalk.*}). Read from the database
 * on each call, so every instance sees a file applied through any instance.
 */
public interface SchoolDingTalkApps {

  /** Every school's own app, secrets resolved from this instance's environment. */
  List<SchoolDingTalkApp> all();
}

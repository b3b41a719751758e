package com.chenbao.dingtalk;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/dingtalk/usage}: this month's calls against DingTalk's monthly quota, for
 * operators.
 */
@RestController
class DingTalkUsageController {

  private final DingTalkUsageQuery usage;

  DingTalkUsageController(DingTalkUsageQuery usage) {
    this.usage = usage;
  }

  @GetMapping("/api/dingtalk/usage")
  DingTalkUsage currentMonth() {
    return usage.currentMonth();
  }
}

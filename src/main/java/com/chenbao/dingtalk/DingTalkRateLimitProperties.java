package com.chenbao.dingtalk;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code chenbao.dingtalk.rate-limit.*} (docs/rate-limits.md).
 *
 * @param shared pace each app's API calls across every instance on the database ({@code
 *     dingtalk_api_pace}); false: each instance paces only its own calls, right only when exactly
 *     one instance runs
 */
@ConfigurationProperties("chenbao.dingtalk.rate-limit")
record DingTalkRateLimitProperties(@DefaultValue("true") boolean shared) {}

package com.chenbao.dingtalk;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code chenbao.dingtalk.agent-id} (DINGTALK_AGENT_ID): the internal app's AgentId from the
 * developer console, needed for work notifications (the fallback channel for guardians the robot
 * cannot reach, docs/fallback.md). Unset: no work notifications; those guardians get a personal
 * link instead. The sandbox has its own.
 */
@ConfigurationProperties("chenbao.dingtalk")
public record WorkNotificationProperties(@Nullable Long agentId) {}

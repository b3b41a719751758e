package com.chenbao.dingtalk.inbound;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code chenbao.dingtalk.stream.*}: how the Stream connection guards against silent loss
 * (docs/dingtalk-api.md section 9). Kept apart from DingTalkProperties, which this part of the
 * adapter does not own; fold it in when convenient.
 *
 * @param silenceTimeout no frame at all (DingTalk pings every 20-30 s) for this long: reconnect
 * @param watchdogInterval how often the silence is checked
 * @param rotationOverlap how long the old connection is kept after a new one is opened, so nothing
 *     sent on it during the switch is lost (DingTalk closes a connection ~10 s after its disconnect
 *     frame)
 */
@Validated
@ConfigurationProperties("chenbao.dingtalk.stream")
record StreamProperties(
    @NotNull @DefaultValue("60s") Duration silenceTimeout,
    @NotNull @DefaultValue("10s") Duration watchdogInterval,
    @NotNull @DefaultValue("15s") Duration rotationOverlap) {}

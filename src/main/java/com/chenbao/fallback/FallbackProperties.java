package com.chenbao.fallback;

import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code chenbao.fallback.*}: the fallback channel for guardians the robot cannot reach.
 *
 * @param publicBaseUrl where guardians' phones reach this service (e.g. {@code
 *     https://chenbao.example.edu.cn}); the personal links start with it. Unset: {@code
 *     http://127.0.0.1:<port>}, good for the sandbox only
 * @param linkSecret the key that signs personal links (HMAC-SHA256). Unset: generated once and kept
 *     in {@code <data-dir>/form-link-secret}; set it (the same on every instance) when several
 *     instances serve links
 * @param workNotice send a work notification to a guardian DingTalk's robot refused (needs {@code
 *     chenbao.dingtalk.agent-id})
 * @param links personal links on the class teacher's list and the admin API
 */
@ConfigurationProperties("chenbao.fallback")
public record FallbackProperties(
    @Nullable URI publicBaseUrl,
    @Nullable String linkSecret,
    @DefaultValue("true") boolean workNotice,
    @DefaultValue("true") boolean links) {}

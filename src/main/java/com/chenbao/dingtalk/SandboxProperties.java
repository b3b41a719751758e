package com.chenbao.dingtalk;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code chenbao.sandbox.enabled} (CHENBAO_SANDBOX_ENABLED): talk to the built-in DingTalk stand-in
 * instead of DingTalk. Off unless asked for: the README's run command ({@code mvn spring-boot:run})
 * asks for it through the {@code sandbox} profile; a missing app key never turns it on
 * (docs/safety.md).
 */
@ConfigurationProperties("chenbao.sandbox")
public record SandboxProperties(@DefaultValue("false") boolean enabled) {}

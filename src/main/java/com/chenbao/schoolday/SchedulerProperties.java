package com.chenbao.schoolday;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code chenbao.scheduler.enabled} (default true). False: no round triggers are registered and
 * Quartz does not start ({@code spring.quartz.auto-startup} follows this flag in application.yml),
 * for operators who run the steps by hand and for tests.
 */
@ConfigurationProperties("chenbao.scheduler")
record SchedulerProperties(@DefaultValue("true") boolean enabled) {}

package com.chenbao.retention;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code chenbao.retention.*}.
 *
 * @param days answers, revisions, anomalies and raw inbound messages older than this many days are
 *     deleted
 * @param cron when the purge runs (Quartz cron, in {@code zone}); only while the scheduler is
 *     enabled
 * @param zone the zone of "today" and of the cron
 */
@Validated
@ConfigurationProperties("chenbao.retention")
record RetentionProperties(
    @Min(1) @DefaultValue("180") int days,
    @NotBlank @DefaultValue("0 30 3 * * ?") String cron,
    @DefaultValue("Asia/Shanghai") ZoneId zone) {}

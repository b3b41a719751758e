package com.chenbao.roster;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.ZoneId;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code chenbao.roster.dingtalk-sync.*}: the home-school contacts sync (docs/roster-sync.md).
 *
 * @param maxCalls DingTalk requests one sync of one school may make; beyond it the sync stops and
 *     changes nothing (about 4 per class plus one per guardian not yet matched: the first sync of a
 *     1,000-family school needs ~1,200, later ones ~4 per class)
 * @param cron when the scheduled sync runs (Quartz cron in {@code zone}); only while the scheduler
 *     is enabled
 * @param zone the zone of the cron
 * @param scheduled false: no scheduled sync, only on demand
 * @param schools the schools the scheduled sync covers (codes); empty: every school
 */
@Validated
@ConfigurationProperties("chenbao.roster.dingtalk-sync")
record ContactsSyncProperties(
    @Min(1) @DefaultValue("2000") int maxCalls,
    @NotBlank @DefaultValue("0 17 3 ? * SUN") String cron,
    @NotNull @DefaultValue("Asia/Shanghai") ZoneId zone,
    @DefaultValue("true") boolean scheduled,
    @NotNull @DefaultValue({}) List<String> schools) {}

package com.chenbao.shared;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code chenbao.events.*}: the event publication registry's housekeeping (docs/events.md).
 *
 * @param checkInterval how often incomplete publications are resubmitted and old completed ones
 *     deleted
 * @param resubmitAfter an incomplete publication older than this is handed to its listener again
 *     (its listener failed, or its process died); longer than a listener takes, even behind a burst
 * @param keepCompleted completed publications are deleted this long after they were published (they
 *     hold the events as JSON, answers included; well within the answers' own retention)
 */
@Validated
@ConfigurationProperties("chenbao.events")
public record EventRegistryProperties(
    @NotNull @DefaultValue("1m") Duration checkInterval,
    @NotNull @DefaultValue("5m") Duration resubmitAfter,
    @NotNull @DefaultValue("7d") Duration keepCompleted) {}

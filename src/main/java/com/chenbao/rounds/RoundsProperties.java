package com.chenbao.rounds;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code chenbao.rounds}.
 *
 * @param pendingTakeOverAfter a delivery still pending this long after its attempt started was left by a
 *     process that died between writing the row and sending; the next run of the step sends it. Longer
 *     than a send can take (the gateway's retry budget for one chunk), so a live send is never taken over.
 * @param sendChunk recipients of one identical message written and sent together (the gateway splits
 *     them into calls of 20); a crash leaves at most this many rows pending
 * @param maxAttempts attempts of a delivery that failed or was flow-controlled before it is given up
 */
@Validated
@ConfigurationProperties("chenbao.rounds")
record RoundsProperties(
    @DefaultValue("10m") Duration pendingTakeOverAfter,
    @DefaultValue("100") @Min(1) @Max(1000) int sendChunk,
    @DefaultValue("3") @Min(1) int maxAttempts) {}

package com.chenbao.tally;

import java.time.LocalDate;

/**
 * What one {@link TallyPoster#postTally} call did.
 *
 * @param groupsPosted working groups whose tally DingTalk accepted in this call
 * @param teachersPosted class teachers whose tally DingTalk accepted in this call
 * @param alreadyDone groups and teachers skipped because an earlier call already handled them
 * @param notDelivered groups and teachers whose send failed or has an unknown outcome (the delivery
 *     ledger sends a failed one again: the next call, or its retry pass)
 */
public record TallyPostReport(
    String schoolCode,
    String formCode,
    LocalDate date,
    int groupsPosted,
    int teachersPosted,
    int alreadyDone,
    int notDelivered) {}

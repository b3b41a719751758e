package com.chenbao.schoolday;

import com.chenbao.calendar.RoundStep;
import java.time.LocalDate;

/**
 * What a step did. {@code sent}: messages accepted by DingTalk in this run; {@code alreadyDone}:
 * recipients skipped because an earlier run already handled them; {@code undeliverable}: recipients
 * DingTalk could not reach; {@code outcomeUnknown}: sends whose result is unknown (not repeated).
 */
public record StepReport(
    String schoolCode,
    String formCode,
    LocalDate date,
    RoundStep step,
    int sent,
    int alreadyDone,
    int undeliverable,
    int outcomeUnknown,
    String note) {}

package com.chenbao.roster;

import org.jspecify.annotations.Nullable;

/**
 * A guardian linked to a student, with the relation as the school wrote it.
 *
 * @param dingtalkUserId the guardian's DingTalk userId; null if unknown
 */
public record StudentGuardian(
    long studentId,
    long guardianId,
    String name,
    String phone,
    @Nullable String dingtalkUserId,
    @Nullable String relation) {}

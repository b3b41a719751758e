package com.chenbao.roster;

import org.jspecify.annotations.Nullable;

/**
 * A guardian (one person per school, identified by phone). {@code relation} (father, mother, ... as
 * the school wrote it) is set only when the guardian was read through a student; {@code
 * dingtalkUserId} is null until known.
 */
public record GuardianView(
    long id,
    long schoolId,
    String name,
    String phone,
    @Nullable String dingtalkUserId,
    @Nullable String relation) {}

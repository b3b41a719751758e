package com.chenbao.schoolconfig;

import org.jspecify.annotations.Nullable;

/**
 * A staff member in a working group; {@code dingtalkUserId} is null if the roster does not know it.
 */
public record GroupMember(
    long staffId, String name, @Nullable String dingtalkUserId, MemberRole role) {}

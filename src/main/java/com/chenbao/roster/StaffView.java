package com.chenbao.roster;

import org.jspecify.annotations.Nullable;

/** A staff member. {@code status} is active or left. */
public record StaffView(
    long id,
    long schoolId,
    String name,
    @Nullable String phone,
    @Nullable String dingtalkUserId,
    @Nullable String title,
    String status) {}

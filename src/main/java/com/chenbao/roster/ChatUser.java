package com.chenbao.roster;

import org.jspecify.annotations.Nullable;

/**
 * A person of the roster with a DingTalk userId: who a school's DingTalk directory would list.
 *
 * @param role {@code guardian} or {@code staff}
 * @param detail a guardian's children at the school (names, by student number), a staff member's
 *     post
 */
public record ChatUser(
    String userId, String name, String schoolCode, String role, @Nullable String detail) {}

package com.chenbao.roster;

import org.jspecify.annotations.Nullable;

/**
 * The active class teacher of a class.
 *
 * @param userId the teacher's DingTalk userId; null if unknown
 */
public record ClassTeacher(long classId, long staffId, String name, @Nullable String userId) {}

package com.chenbao.conversation;

import com.chenbao.roster.ClassView;
import com.chenbao.roster.GuardianView;
import com.chenbao.roster.School;
import com.chenbao.roster.StaffView;
import org.jspecify.annotations.Nullable;

/**
 * Who sent a message, as the roster knows them in their school: a guardian, a staff member, or both
 * (the same DingTalk userId in both lists). {@code taughtClass} is set for a class teacher.
 */
record Sender(
    School school,
    @Nullable GuardianView guardian,
    @Nullable StaffView staff,
    @Nullable ClassView taughtClass) {}

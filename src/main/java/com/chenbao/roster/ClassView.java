package com.chenbao.roster;

import org.jspecify.annotations.Nullable;

/** A class within its grade, with its class teacher's staff id if one is set. */
public record ClassView(
    long id,
    long schoolId,
    long gradeId,
    String grade,
    String name,
    @Nullable Long teacherStaffId) {}

package com.chenbao.roster;

/** A student. {@code status} is one of active, on_leave, transferred_out. */
public record StudentView(
    long id,
    long schoolId,
    String studentNo,
    String name,
    long classId,
    String grade,
    String className,
    String status) {}

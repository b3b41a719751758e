package com.chenbao.rounds;

import com.chenbao.forms.Subject;
import org.jspecify.annotations.Nullable;

/**
 * Someone expected to answer in a round, and whether they have.
 *
 * @param classId the student's class when the round opened; null for staff
 * @param className grade and class of a student; null for staff
 * @param late the answer came after the cut-off (false while unanswered)
 */
public record ExpectedSubject(
    Subject.Kind kind,
    long subjectId,
    String name,
    @Nullable Long classId,
    @Nullable String className,
    boolean answered,
    boolean late) {}

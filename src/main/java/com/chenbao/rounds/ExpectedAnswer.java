package com.chenbao.rounds;

import com.chenbao.forms.AnswerValues;
import com.chenbao.forms.Subject;
import org.jspecify.annotations.Nullable;

/**
 * Someone expected in a round with their current answer (the latest revision), as a tally counts
 * it.
 *
 * @param classId the student's class when the round opened; null for staff
 * @param gradeName the grade of that class; null for staff
 * @param className the class's own name (without the grade); null for staff
 * @param answered whether an answer exists, whatever it holds
 * @param values the current answer; {@link AnswerValues#none()} while unanswered
 */
public record ExpectedAnswer(
    Subject.Kind kind,
    long subjectId,
    String name,
    @Nullable Long classId,
    @Nullable String gradeName,
    @Nullable String className,
    boolean answered,
    AnswerValues values) {}

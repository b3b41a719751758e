package com.chenbao.rounds;

/**
 * A guardian's child expected in a round.
 *
 * @param className grade and class names joined, as the school writes them
 * @param answered whether any guardian has answered for the child in this round
 */
public record ExpectedChild(
    long studentId,
    String name,
    String studentNo,
    long classId,
    String className,
    boolean answered) {}

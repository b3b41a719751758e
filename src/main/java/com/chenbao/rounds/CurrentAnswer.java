package com.chenbao.rounds;

import com.chenbao.forms.AnswerValues;

/**
 * A subject's current answer in a round: who gave it, what it says, and its revision (1 = first
 * answer).
 */
public record CurrentAnswer(
    AnswererKind answeredByKind, long answeredById, AnswerValues values, int revision) {}

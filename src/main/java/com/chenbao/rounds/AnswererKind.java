package com.chenbao.rounds;

/** Who gave an answer: a guardian (for a student) or a staff member (for themself). */
public enum AnswererKind {
  GUARDIAN,
  STAFF
}

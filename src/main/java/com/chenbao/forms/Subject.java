package com.chenbao.forms;

/**
 * Who a form is about and who answers for them. There is one answer per subject per round; a later
 * answer for the same subject is a correction.
 */
public record Subject(Kind kind, AnsweredBy answeredBy) {

  public enum Kind {
    STUDENT,
    STAFF
  }

  public enum AnsweredBy {
    /** Any guardian of the student; once one has answered, the others are not chased. */
    GUARDIAN,
    /** The person themself. */
    SELF
  }
}

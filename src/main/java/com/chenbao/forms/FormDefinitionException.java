package com.chenbao.forms;

import java.util.List;

/**
 * The form files are not valid: start-up stops with every problem found, each naming the file, the
 * entry (e.g. {@code rules[2].condition.question}) and what is wrong.
 */
public class FormDefinitionException extends IllegalStateException {

  private final List<String> problems;

  public FormDefinitionException(List<String> problems) {
    super(
        "Invalid form templates ("
            + problems.size()
            + " problem(s)):\n  "
            + String.join("\n  ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}

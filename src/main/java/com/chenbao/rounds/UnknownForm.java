package com.chenbao.rounds;

/** A step or read named a form code that no form in bot-templates/forms has. */
public class UnknownForm extends IllegalArgumentException {

  private final String formCode;

  UnknownForm(String formCode, Throwable cause) {
    super("Unknown form " + formCode, cause);
    this.formCode = formCode;
  }

  public String formCode() {
    return formCode;
  }
}

package com.chenbao.forms;

/** Thrown when a form code names no form in bot-templates/forms. */
public class UnknownFormException extends RuntimeException {

  private final String code;

  public UnknownFormException(String code) {
    super("No form with code '" + code + "' in bot-templates/forms");
    this.code = code;
  }

  public String code() {
    return code;
  }
}

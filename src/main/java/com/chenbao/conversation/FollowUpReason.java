package com.chenbao.conversation;

/**
 * Why a reply needs a follow-up question, and the message text that asks it (bot-templates/texts).
 */
public enum FollowUpReason {
  /** A number outside the form's temperature range that suggests nothing (46, 3). */
  TEMPERATURE_OUT_OF_RANGE("form.ask.temperature-out-of-range"),
  /**
   * A number that reads as a temperature with its decimal point missing or misplaced (365, 3650,
   * 3.65).
   */
  TEMPERATURE_DID_YOU_MEAN("form.ask.did-you-mean"),
  /** A temperature in Fahrenheit (98.6). */
  TEMPERATURE_FAHRENHEIT("form.ask.fahrenheit"),
  /** Two or more temperatures for the same subject (dabao 36.5 37.2). */
  SEVERAL_TEMPERATURES("form.ask.several-temperatures"),
  /**
   * Symptoms reported without a temperature (fashao, kesou), or a named child with nothing after
   * the name.
   */
  MISSING_TEMPERATURE("form.ask.missing-temperature"),
  /** "Not well" without saying how (youdian bu shufu, bu zhengchang). */
  SYMPTOM_UNSPECIFIED("form.ask.details"),
  /** The reply contradicts itself (green code and red code; cough and no cough). */
  CONFLICTING("form.ask.unclear"),
  /** A correction word with nothing to correct to (gengzheng). */
  CORRECTION_WITHOUT_ANSWER("form.ask.details"),
  /** A reply too long to be an answer (a pasted article, junk). */
  TOO_LONG("form.ask.too-long"),
  /** The leave command without a recognisable name and number of days or dates. */
  LEAVE_INCOMPLETE("form.teacher.commands");

  private final String textKey;

  FollowUpReason(String textKey) {
    this.textKey = textKey;
  }

  /**
   * The message-text key of the question to ask; its placeholders are documented in
   * docs/bot-templates.md.
   */
  public String textKey() {
    return textKey;
  }
}

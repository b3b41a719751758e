package com.chenbao.conversation;

import org.jspecify.annotations.Nullable;

/**
 * One piece of a normalised reply.
 *
 * @param code the option code (symptom, health code), the question id (field word), or the place of
 *     a travel word; null for other kinds
 * @param child the child a child word names, for {@link Kind#CHILD} and {@link Kind#NAME}
 * @param number the number, for {@link Kind#NUMBER}
 */
record Token(
    Kind kind,
    String text,
    @Nullable String code,
    @Nullable ChildRef child,
    NumberReader.@Nullable NumberMatch number) {

  enum Kind {
    /** A number that may be a temperature. */
    NUMBER,
    /** A number with a unit that makes it no temperature (14 tian). */
    OTHER_NUMBER,
    SEPARATOR,
    /** Han characters or letters in no word list: a name, a place, or noise. */
    UNKNOWN,
    /** A child word (dabao) or a name (Xiaoming). */
    CHILD,
    EVERYONE,
    NORMAL,
    NEGATION,
    CONTRAST,
    /** A word naming a question (tiwen); {@link #code()} is the question id. */
    FIELD,
    SYMPTOM,
    HEALTH_CODE,
    TRAVEL,
    TRAVEL_NONE,
    CONTACT,
    HOUSEHOLD,
    CORRECTION,
    /** Closes a list (deng): a negation before the list covers all of it. */
    LIST_END,
    /** "No symptoms" in one word (shenti jiankang). */
    NO_SYMPTOMS,
    /** A guardian keeps the child at home today (qingjia, zai jia xiuxi). */
    LEAVE,
    /** The symptom before it is over (kesou haole). */
    RECOVERED,
    FILLER
  }

  static Token of(Kind kind, String text) {
    return new Token(kind, text, null, null, null);
  }

  static Token coded(Kind kind, String text, String code) {
    return new Token(kind, text, code, null, null);
  }

  static Token child(String text, ChildRef child) {
    return new Token(Kind.CHILD, text, null, child, null);
  }

  static Token number(NumberReader.NumberMatch number) {
    Kind kind = number.unit() == NumberReader.Unit.OTHER ? Kind.OTHER_NUMBER : Kind.NUMBER;
    return new Token(kind, number.raw(), null, null, number);
  }

  boolean is(Kind other) {
    return kind == other;
  }

  /** Tokens that carry nothing for an answer or for the structure of a reply. */
  boolean isQuiet() {
    return kind == Kind.FILLER
        || kind == Kind.EVERYONE
        || kind == Kind.CORRECTION
        || kind == Kind.OTHER_NUMBER;
  }
}

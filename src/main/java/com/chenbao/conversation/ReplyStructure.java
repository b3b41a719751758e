package com.chenbao.conversation;

import java.util.ArrayList;
import java.util.List;

/**
 * The shape of a reply: which words are places, which are names, and which parts belong to which
 * child. A part starts at each child word or name; the words before the first one are for everyone.
 * A reply that starts with an answer and ends with a name puts names after their answers instead.
 * Without any name, several temperatures split the reply into unnamed parts, one per temperature
 * ("36.5 37.2").
 */
final class ReplyStructure {

  /**
   * Words for the children in {@code refs}, in order; {@code label} is how the reply named them.
   */
  record Segment(List<ChildRef> refs, String label, List<Token> tokens) {}

  private ReplyStructure() {}

  /**
   * Tokens with travel places attached to their travel word and names recognised as child words.
   */
  static List<Token> resolve(List<Token> tokens) {
    List<Token> resolved = new ArrayList<>(tokens);
    attachPlaces(resolved);
    for (int k = 0; k < resolved.size(); k++) {
      Token token = resolved.get(k);
      if (token.is(Token.Kind.UNKNOWN)
          && looksLikeName(token.text())
          && startsClause(resolved, k)
          && answerFollows(resolved, k)) {
        resolved.set(k, Token.child(token.text(), new ChildRef.Name(token.text())));
      }
    }
    return resolved;
  }

  /** The first segment is for everyone (no refs); each further one starts at a child word. */
  static List<Segment> segments(List<Token> tokens) {
    List<Segment> segments = new ArrayList<>();
    Segment current = new Segment(new ArrayList<>(), "", new ArrayList<>());
    segments.add(current);
    for (Token token : tokens) {
      if (!token.is(Token.Kind.CHILD)) {
        current.tokens().add(token);
      } else if (!current.refs().isEmpty() && !hasAnswerWords(current.tokens())) {
        // "dabao xiaobao dou zhengchang": several children named before one answer share it.
        current.refs().add(token.child());
        current = new Segment(current.refs(), current.label() + token.text(), current.tokens());
        segments.set(segments.size() - 1, current);
      } else {
        current =
            new Segment(new ArrayList<>(List.of(token.child())), token.text(), new ArrayList<>());
        segments.add(current);
      }
    }
    return namesAfterAnswers(segments) ? shiftNamesBack(segments) : segments;
  }

  /**
   * "36.5 dabao 36.8 xiaobao": the reply starts with an answer and ends with a name, so names
   * follow their answers.
   */
  private static boolean namesAfterAnswers(List<Segment> segments) {
    return segments.size() > 1
        && hasAnswerWords(segments.get(0).tokens())
        && !hasAnswerWords(segments.get(segments.size() - 1).tokens());
  }

  private static List<Segment> shiftNamesBack(List<Segment> segments) {
    List<Segment> shifted = new ArrayList<>();
    shifted.add(new Segment(new ArrayList<>(), "", new ArrayList<>()));
    for (int k = 1; k < segments.size(); k++) {
      Segment named = segments.get(k);
      shifted.add(new Segment(named.refs(), named.label(), segments.get(k - 1).tokens()));
    }
    return shifted;
  }

  /**
   * Splits an unnamed reply at each temperature after the first: "36.5 37.2 ke" is [36.5], [37.2
   * ke].
   */
  static List<List<Token>> byTemperature(List<Token> tokens) {
    List<List<Token>> parts = new ArrayList<>();
    List<Token> current = new ArrayList<>();
    boolean seenNumber = false;
    for (Token token : tokens) {
      if (token.is(Token.Kind.NUMBER) && seenNumber) {
        parts.add(current);
        current = new ArrayList<>();
      }
      seenNumber |= token.is(Token.Kind.NUMBER);
      current.add(token);
    }
    parts.add(current);
    return parts;
  }

  static boolean hasAnswerWords(List<Token> tokens) {
    return tokens.stream()
        .anyMatch(t -> !t.isQuiet() && !t.is(Token.Kind.SEPARATOR) && !t.is(Token.Kind.UNKNOWN));
  }

  /** An unknown word right after a travel word is the place: "quguo Wuhan", "meichu Hangzhou". */
  private static void attachPlaces(List<Token> tokens) {
    for (int k = 0; k < tokens.size(); k++) {
      Token token = tokens.get(k);
      if (!token.is(Token.Kind.TRAVEL) && !token.is(Token.Kind.TRAVEL_NONE)) {
        continue;
      }
      int j = k + 1;
      while (j < tokens.size() && tokens.get(j).is(Token.Kind.FILLER)) {
        j++;
      }
      if (j < tokens.size() && tokens.get(j).is(Token.Kind.UNKNOWN)) {
        String place = tokens.get(j).text();
        tokens.set(k, new Token(token.kind(), token.text(), place, null, null));
        tokens.set(j, Token.of(Token.Kind.FILLER, place));
      }
    }
  }

  /** Names are two to four Han characters (a given name, or a full one). */
  private static boolean looksLikeName(String text) {
    int length = text.codePointCount(0, text.length());
    return length >= 2
        && length <= 4
        && text.codePoints()
            .allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
  }

  private static boolean startsClause(List<Token> tokens, int k) {
    for (int j = k - 1; j >= 0; j--) {
      Token t = tokens.get(j);
      if (!t.isQuiet()) {
        return t.is(Token.Kind.SEPARATOR) || t.is(Token.Kind.NUMBER);
      }
    }
    return true;
  }

  private static boolean answerFollows(List<Token> tokens, int k) {
    for (int j = k + 1; j < tokens.size(); j++) {
      Token t = tokens.get(j);
      if (!t.isQuiet() && !t.is(Token.Kind.SEPARATOR)) {
        return switch (t.kind()) {
          case NUMBER, NORMAL, SYMPTOM, FIELD, HEALTH_CODE -> true;
          default -> false;
        };
      }
    }
    return false;
  }
}

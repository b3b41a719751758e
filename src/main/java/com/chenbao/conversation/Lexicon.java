package com.chenbao.conversation;

import com.chenbao.forms.Form;
import com.chenbao.forms.Option;
import com.chenbao.forms.Question;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every word a reply to one form can contain and what it means: the form's option words and question
 * keywords, and the vocabulary's. Built once per form; a word with two meanings is a start-up error.
 */
final class Lexicon {

  private static final Map<String, Token.Kind> KEYWORD_KINDS =
      Map.of("travel", Token.Kind.TRAVEL, "contact", Token.Kind.CONTACT, "household_symptoms", Token.Kind.HOUSEHOLD);

  private final Map<String, Token> words = new HashMap<>();
  private final List<String> conflicts = new ArrayList<>();
  private int longest;

  private Lexicon() {}

  /** @throws IllegalStateException listing every word of the form that also means something else */
  static Lexicon of(Vocabulary vocabulary, Form form) {
    Lexicon lexicon = new Lexicon();
    lexicon.addForm(form);
    lexicon.addVocabulary(vocabulary);
    if (!lexicon.conflicts.isEmpty()) {
      throw new IllegalStateException("Form " + form.code() + " and the parser vocabulary disagree:\n"
          + String.join("\n", lexicon.conflicts));
    }
    return lexicon;
  }

  /** The longest word starting at {@code start}, if any. */
  Optional<Token> longestAt(String s, int start) {
    for (int length = Math.min(longest, s.length() - start); length > 0; length--) {
      Token token = words.get(s.substring(start, start + length));
      if (token != null) {
        return Optional.of(token);
      }
    }
    return Optional.empty();
  }

  private void addForm(Form form) {
    for (Question question : form.questions()) {
      Token.Kind optionKind = switch (question.id()) {
        case "symptoms" -> Token.Kind.SYMPTOM;
        case "health_code" -> Token.Kind.HEALTH_CODE;
        default -> null;
      };
      if (optionKind != null) {
        for (Option option : question.options()) {
          add(Token.coded(optionKind, option.label(), option.code()));
          option.synonyms().forEach(word -> add(Token.coded(optionKind, word, option.code())));
        }
      }
      Token.Kind keywordKind = KEYWORD_KINDS.get(question.id());
      if (keywordKind != null) {
        question.keywords().forEach(word -> add(Token.of(keywordKind, word)));
      }
    }
  }

  private void addVocabulary(Vocabulary v) {
    addAll(Token.Kind.NORMAL, v.allNormal());
    addAll(Token.Kind.EVERYONE, v.everyone());
    addAll(Token.Kind.NEGATION, v.negations());
    addAll(Token.Kind.CONTRAST, v.contrasts());
    addAll(Token.Kind.CORRECTION, v.corrections());
    addAll(Token.Kind.TRAVEL_NONE, v.travelNone());
    addAll(Token.Kind.FILLER, v.fillers());
    v.fields().forEach((id, list) -> list.forEach(word -> add(Token.coded(Token.Kind.FIELD, word, id))));
    v.children().forEach((word, ref) -> add(Token.child(word, ref)));
    // A form may list one of these as a symptom; then the form's meaning stands.
    for (String word : v.unlistedSymptoms()) {
      words.putIfAbsent(TextNormalizer.normalize(word), Token.of(Token.Kind.FILLER, word));
    }
    longest = Math.max(longest, v.unlistedSymptoms().stream().mapToInt(String::length).max().orElse(0));
  }

  private void addAll(Token.Kind kind, List<String> list) {
    list.forEach(word -> add(Token.of(kind, word)));
  }

  private void add(Token token) {
    // Form words are matched as typed, normalised like replies (full-width to ASCII, lower case).
    String word = TextNormalizer.normalize(token.text());
    Token earlier = words.putIfAbsent(word, new Token(token.kind(), word, token.code(), token.child(), null));
    if (earlier != null && !(earlier.kind() == token.kind() && java.util.Objects.equals(earlier.code(), token.code()))) {
      conflicts.add("'" + word + "' means " + describe(earlier) + " and " + describe(token));
    }
    longest = Math.max(longest, word.length());
  }

  private static String describe(Token token) {
    return token.kind().name().toLowerCase(java.util.Locale.ROOT) + (token.code() == null ? "" : " " + token.code());
  }
}

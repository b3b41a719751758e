package com.chenbao.conversation;

import com.chenbao.forms.Form;
import com.chenbao.forms.Option;
import com.chenbao.forms.Question;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Every word a reply to one form can contain and what it means: the form's option words, phrases
 * and question keywords, and the vocabulary's. Built once per form; a word with two meanings is a
 * start-up error. Words of ASCII letters (English) match whole words only, so "ok" is not read
 * inside "book".
 */
final class Lexicon {

  private static final Map<String, Token.Kind> KEYWORD_KINDS =
      Map.of(
          "travel",
          Token.Kind.TRAVEL,
          "contact",
          Token.Kind.CONTACT,
          "household_symptoms",
          Token.Kind.HOUSEHOLD);

  /**
   * How many gap words a phrase allows between two of its word groups ("youdianr tebie tong" is
   * still one).
   */
  private static final int MAX_GAP_WORDS = 3;

  /** One phrase of an option, its word groups normalised. */
  private record PhrasePattern(List<List<String>> groups, Token token) {}

  /** A match at a position: the tokens it stands for and how many characters it covers. */
  record Match(List<Token> tokens, int length) {}

  private final Map<String, Token> words = new HashMap<>();
  private final List<String> conflicts = new ArrayList<>();
  private final List<PhrasePattern> phrases = new ArrayList<>();
  private List<String> gapWords = List.of();
  private List<String> negations = List.of();

  /** Symptom and question words of three or more Han characters, for {@link #typoAt}. */
  private final Map<String, Token> typoCandidates = new HashMap<>();

  private int longest;

  private Lexicon() {}

  /**
   * @throws IllegalStateException listing every word of the form that also means something else
   */
  static Lexicon of(Vocabulary vocabulary, Form form) {
    Lexicon lexicon = new Lexicon();
    lexicon.addForm(form);
    lexicon.addVocabulary(vocabulary);
    if (!lexicon.conflicts.isEmpty()) {
      throw new IllegalStateException(
          "Form "
              + form.code()
              + " and the parser vocabulary disagree:\n"
              + String.join("\n", lexicon.conflicts));
    }
    lexicon.words.forEach(
        (word, token) -> {
          boolean kind =
              token.is(Token.Kind.SYMPTOM)
                  || token.is(Token.Kind.FIELD)
                  || token.is(Token.Kind.HEALTH_CODE);
          if (kind
              && word.length() >= 3
              && word.chars()
                  .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
            lexicon.typoCandidates.put(word, token);
          }
        });
    return lexicon;
  }

  /** The longest word starting at {@code start}, if any. */
  Optional<Token> longestAt(String s, int start) {
    for (int length = Math.min(longest, s.length() - start); length > 0; length--) {
      Token token = words.get(s.substring(start, start + length));
      if (token != null && wholeWord(s, start, length)) {
        return Optional.of(token);
      }
    }
    return Optional.empty();
  }

  /**
   * The longest of a word and a phrase starting at {@code start}. A phrase ("houlong youdian tong")
   * is one symptom token; a negation word in its gap ("sangzi bu teng") makes it a negation
   * followed by the symptom.
   */
  Optional<Match> matchAt(String s, int start) {
    Optional<Match> best = longestAt(s, start).map(t -> new Match(List.of(t), t.text().length()));
    for (PhrasePattern phrase : phrases) {
      Optional<Match> match = matchPhrase(phrase, s, start);
      if (match.isPresent() && (best.isEmpty() || match.get().length() > best.get().length())) {
        best = match;
      }
    }
    Optional<Match> typo = typoAt(s, start);
    if (typo.isPresent() && (best.isEmpty() || typo.get().length() > best.get().length())) {
      best = typo;
    }
    return best;
  }

  /**
   * A symptom or question word of three or more Han characters typed with one character wrong
   * ("houlong tong", "la duzi (typo)", "jiankang ma (typo)"). Shorter words are listed with their
   * common typos instead: one wrong character in two is another word. The wrong character must
   * carry no meaning of its own (not "de", not a number).
   */
  private Optional<Match> typoAt(String s, int start) {
    Token found = null;
    int foundLength = 0;
    for (Map.Entry<String, Token> entry : typoCandidates.entrySet()) {
      String word = entry.getKey();
      int length = word.length();
      if (length <= foundLength || start + length > s.length()) {
        continue;
      }
      int differ = -1;
      for (int k = 0; k < length; k++) {
        if (s.charAt(start + k) != word.charAt(k)) {
          if (differ >= 0) {
            differ = -2;
            break;
          }
          differ = k;
        }
      }
      if (differ >= 0) {
        char typed = s.charAt(start + differ);
        if (Character.UnicodeScript.of(typed) == Character.UnicodeScript.HAN
            && !words.containsKey(String.valueOf(typed))) {
          found = entry.getValue();
          foundLength = length;
        }
      }
    }
    if (found == null) {
      return Optional.empty();
    }
    Token token =
        new Token(found.kind(), s.substring(start, start + foundLength), found.code(), null, null);
    return Optional.of(new Match(List.of(token), foundLength));
  }

  private Optional<Match> matchPhrase(PhrasePattern phrase, String s, int start) {
    int at = start;
    boolean negated = false;
    for (int g = 0; g < phrase.groups().size(); g++) {
      if (g > 0) {
        int gaps = 0;
        while (gaps < MAX_GAP_WORDS) {
          int skipped = skipSpaces(s, at);
          String negation = wordAt(negations, s, skipped);
          String gap = negation == null ? wordAt(gapWords, s, skipped) : null;
          if (negation != null
              && g == phrase.groups().size() - 1
              && wordAt(phrase.groups().get(g), s, skipped) == null) {
            negated = true;
            at = skipped + negation.length();
          } else if (gap != null && wordAt(phrase.groups().get(g), s, skipped) == null) {
            at = skipped + gap.length();
          } else {
            at = skipped;
            break;
          }
          gaps++;
        }
      }
      String word = wordAt(phrase.groups().get(g), s, at);
      if (word == null) {
        return Optional.empty();
      }
      at += word.length();
    }
    String text = s.substring(start, at);
    Token symptom = new Token(phrase.token().kind(), text, phrase.token().code(), null, null);
    List<Token> tokens =
        negated ? List.of(Token.of(Token.Kind.NEGATION, ""), symptom) : List.of(symptom);
    return Optional.of(new Match(tokens, at - start));
  }

  private static int skipSpaces(String s, int at) {
    while (at < s.length() && (s.charAt(at) == ' ' || s.charAt(at) == ':')) {
      at++;
    }
    return at;
  }

  /** The longest of {@code candidates} at {@code at}, or null. */
  private static String wordAt(List<String> candidates, String s, int at) {
    String found = null;
    for (String word : candidates) {
      if (s.startsWith(word, at) && (found == null || word.length() > found.length())) {
        found = word;
      }
    }
    return found;
  }

  /** ASCII-letter words need a non-letter (or the end) on both sides. */
  private static boolean wholeWord(String s, int start, int length) {
    if (!isAsciiLetter(s.charAt(start)) && !isAsciiLetter(s.charAt(start + length - 1))) {
      return true;
    }
    boolean before = start == 0 || !isAsciiLetter(s.charAt(start - 1));
    boolean after = start + length == s.length() || !isAsciiLetter(s.charAt(start + length));
    return before && after;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private void addForm(Form form) {
    for (Question question : form.questions()) {
      Token.Kind optionKind =
          switch (question.id()) {
            case "symptoms" -> Token.Kind.SYMPTOM;
            case "health_code" -> Token.Kind.HEALTH_CODE;
            default -> null;
          };
      if (optionKind != null) {
        for (Option option : question.options()) {
          add(Token.coded(optionKind, option.label(), option.code()));
          option.synonyms().forEach(word -> add(Token.coded(optionKind, word, option.code())));
          for (Option.Phrase phrase : option.phrases()) {
            List<List<String>> groups =
                phrase.groups().stream()
                    .map(g -> g.stream().map(TextNormalizer::normalize).toList())
                    .toList();
            phrases.add(
                new PhrasePattern(groups, Token.coded(optionKind, option.label(), option.code())));
          }
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
    addAll(Token.Kind.LIST_END, v.listEnds());
    addAll(Token.Kind.NO_SYMPTOMS, v.noSymptoms());
    addAll(Token.Kind.LEAVE, v.guardianLeave());
    addAll(Token.Kind.RECOVERED, v.recovered());
    addAll(Token.Kind.FILLER, v.fillers());
    v.fields()
        .forEach((id, list) -> list.forEach(word -> add(Token.coded(Token.Kind.FIELD, word, id))));
    v.children().forEach((word, ref) -> add(Token.child(word, ref)));
    // A form may list one of these as a symptom; then the form's meaning stands.
    for (String word : v.unlistedSymptoms()) {
      words.putIfAbsent(TextNormalizer.normalize(word), Token.of(Token.Kind.FILLER, word));
    }
    longest =
        Math.max(longest, v.unlistedSymptoms().stream().mapToInt(String::length).max().orElse(0));
    gapWords = v.gapWords().stream().map(TextNormalizer::normalize).toList();
    negations = v.negations().stream().map(TextNormalizer::normalize).toList();
  }

  private void addAll(Token.Kind kind, List<String> list) {
    list.forEach(word -> add(Token.of(kind, word)));
  }

  private void add(Token token) {
    // Form words are matched as typed, normalised like replies (full-width to ASCII, lower case).
    String word = TextNormalizer.normalize(token.text());
    Token earlier =
        words.putIfAbsent(word, new Token(token.kind(), word, token.code(), token.child(), null));
    if (earlier != null
        && !(earlier.kind() == token.kind() && Objects.equals(earlier.code(), token.code()))) {
      conflicts.add("'" + word + "' means " + describe(earlier) + " and " + describe(token));
    }
    longest = Math.max(longest, word.length());
  }

  private static String describe(Token token) {
    return token.kind().name().toLowerCase(Locale.ROOT)
        + (token.code() == null ? "" : " " + token.code());
  }
}

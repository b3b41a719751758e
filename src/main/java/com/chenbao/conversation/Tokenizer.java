package com.chenbao.conversation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Splits a normalised reply into tokens: numbers first, then the longest known word (the children's
 * names before the lexicon), characters in no list as {@link Token.Kind#UNKNOWN} runs, anything
 * else as a separator.
 */
final class Tokenizer {

  private final NumberReader numbers;

  Tokenizer(NumberReader numbers) {
    this.numbers = numbers;
  }

  List<Token> tokenize(String s, Lexicon lexicon, List<String> names) {
    List<String> nameWords =
        names.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    List<Token> tokens = new ArrayList<>();
    StringBuilder unknown = new StringBuilder();
    int i = 0;
    while (i < s.length()) {
      Optional<Lexicon.Match> match = next(s, i, lexicon, nameWords);
      if (match.isPresent()) {
        flush(unknown, tokens);
        tokens.addAll(match.get().tokens());
        i += match.get().length();
      } else if (Character.isLetter(s.charAt(i))) {
        unknown.append(s.charAt(i++));
      } else {
        flush(unknown, tokens);
        if (tokens.isEmpty() || !tokens.get(tokens.size() - 1).is(Token.Kind.SEPARATOR)) {
          tokens.add(Token.of(Token.Kind.SEPARATOR, s.substring(i, i + 1)));
        }
        i++;
      }
    }
    flush(unknown, tokens);
    return mergeColoursIntoNames(tokens);
  }

  private Optional<Lexicon.Match> next(String s, int i, Lexicon lexicon, List<String> nameWords) {
    Optional<NumberReader.NumberMatch> number = numbers.read(s, i);
    if (number.isPresent()) {
      return Optional.of(
          new Lexicon.Match(List.of(Token.number(number.get())), number.get().end() - i));
    }
    for (String name : nameWords) {
      if (s.startsWith(name, i)) {
        return Optional.of(
            new Lexicon.Match(
                List.of(new Token(Token.Kind.CHILD, name, null, new ChildRef.Name(name), null)),
                name.length()));
      }
    }
    return lexicon.matchAt(s, i);
  }

  private static void flush(StringBuilder unknown, List<Token> tokens) {
    if (!unknown.isEmpty()) {
      tokens.add(Token.of(Token.Kind.UNKNOWN, unknown.toString()));
      unknown.setLength(0);
    }
  }

  /**
   * "jiankangma: huang", "ma hong": the colour follows the health-code word (separators between
   * allowed).
   */
  private static boolean afterCodeWord(List<Token> merged) {
    for (int k = merged.size() - 1; k >= 0; k--) {
      Token t = merged.get(k);
      if (!t.is(Token.Kind.SEPARATOR) && !t.is(Token.Kind.FILLER)) {
        return t.is(Token.Kind.FIELD) && "health_code".equals(t.code());
      }
    }
    return false;
  }

  /**
   * A one-character colour next to an unknown word is part of a name (Xiaohong, Huang Xiaoming),
   * not a health code: colours are common in names, and a code is typed as a word of its own
   * (hongma, huangma).
   */
  private static List<Token> mergeColoursIntoNames(List<Token> tokens) {
    List<Token> merged = new ArrayList<>();
    for (int k = 0; k < tokens.size(); k++) {
      Token token = tokens.get(k);
      boolean colour = token.is(Token.Kind.HEALTH_CODE) && token.text().length() == 1;
      boolean nextUnknown = k + 1 < tokens.size() && tokens.get(k + 1).is(Token.Kind.UNKNOWN);
      Token previous = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (colour && afterCodeWord(merged)) {
        merged.add(token);
      } else if (colour && previous != null && previous.is(Token.Kind.UNKNOWN)) {
        merged.set(merged.size() - 1, Token.of(Token.Kind.UNKNOWN, previous.text() + token.text()));
      } else if (colour && nextUnknown) {
        merged.add(Token.of(Token.Kind.UNKNOWN, token.text() + tokens.get(++k).text()));
      } else if (token.is(Token.Kind.UNKNOWN)
          && previous != null
          && previous.is(Token.Kind.UNKNOWN)) {
        merged.set(merged.size() - 1, Token.of(Token.Kind.UNKNOWN, previous.text() + token.text()));
      } else {
        merged.add(token);
      }
    }
    return merged;
  }
}

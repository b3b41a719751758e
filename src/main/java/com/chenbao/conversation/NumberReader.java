package com.chenbao.conversation;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads one number where a reply has one, in every way people write a temperature: 36.5, "36 du 5",
 * "36 dian 5", an ideographic full stop or a comma for the point, Chinese number words ("sanshiliu
 * du wu"), with an optional unit after it (du, the Celsius sign). The words come from the
 * vocabulary; the text is already normalised (ASCII digits).
 */
final class NumberReader {

  /**
   * A comma or enumeration mark is a decimal point only before exactly one digit: 36,5 but not
   * 36.5,36.8.
   */
  private static final List<String> LIST_MARKS = List.of(",", "\u3001");

  private final Map<String, Integer> digits;
  private final List<String> ten;
  private final List<String> decimalMarks;
  private final List<String> temperatureUnits;
  private final List<String> otherUnits;
  private final List<String> half;

  NumberReader(Vocabulary vocabulary) {
    this.digits = vocabulary.digits();
    this.ten = vocabulary.ten();
    this.decimalMarks = longestFirst(vocabulary.decimalMarks());
    this.temperatureUnits = longestFirst(vocabulary.temperatureUnits());
    this.otherUnits = longestFirst(vocabulary.otherUnits());
    this.half = longestFirst(vocabulary.half());
  }

  enum Unit {
    NONE,
    TEMPERATURE,
    OTHER
  }

  /**
   * @param raw the number as typed, unit included
   * @param decimals digits after the decimal point (0 for 365)
   */
  record NumberMatch(int end, BigDecimal value, String raw, int decimals, Unit unit) {}

  /**
   * The number starting at {@code start}, or empty. A Chinese number needs two digits or a ten
   * ("sanshiliu", "san liu"), so "yixia" and "yidian" stay words, unless a unit follows ("liang
   * tian").
   */
  Optional<NumberMatch> read(String s, int start) {
    Digits whole = isAsciiDigit(s, start) ? ascii(s, start) : chinese(s, start);
    if (whole == null) {
      return Optional.empty();
    }
    Digits fraction = fraction(s, whole.end, whole.chinese);
    int end = fraction == null ? whole.end : fraction.end;
    String fractionText = fraction == null ? "" : fraction.text;
    BigDecimal value =
        new BigDecimal(whole.text + (fractionText.isEmpty() ? "" : "." + fractionText));
    Unit unit = Unit.NONE;
    String unitWord = startsWithAny(s, end, temperatureUnits);
    if (unitWord != null) {
      unit = Unit.TEMPERATURE;
    } else if ((unitWord = startsWithAny(s, end, otherUnits)) != null) {
      unit = Unit.OTHER;
    }
    if (whole.chinese && !whole.longEnough && fraction == null && unit != Unit.OTHER) {
      return Optional.empty();
    }
    end += unitWord == null ? 0 : unitWord.length();
    return Optional.of(
        new NumberMatch(end, value, s.substring(start, end), fractionText.length(), unit));
  }

  /**
   * A whole number (Chinese or ASCII) at {@code start}, e.g. the days of a leave; empty if none.
   */
  Optional<Integer> readInteger(String s, int start) {
    Digits whole = isAsciiDigit(s, start) ? ascii(s, start) : chinese(s, start);
    return whole == null || whole.text.length() > 4
        ? Optional.empty()
        : Optional.of(Integer.parseInt(whole.text));
  }

  /**
   * Digits as ASCII text, where they end, and whether they were Chinese and long enough to be a
   * number.
   */
  private record Digits(String text, int end, boolean chinese, boolean longEnough) {}

  private static @Nullable Digits ascii(String s, int start) {
    int end = start;
    while (isAsciiDigit(s, end)) {
      end++;
    }
    return end == start ? null : new Digits(s.substring(start, end), end, false, true);
  }

  private @Nullable Digits chinese(String s, int start) {
    StringBuilder plain = new StringBuilder();
    int tens = -1;
    int end = start;
    while (end < s.length()) {
      String c = s.substring(end, end + 1);
      if (ten.contains(c) && tens < 0) {
        tens = plain.isEmpty() ? 1 : Integer.parseInt(plain.toString());
        plain.setLength(0);
      } else if (digits.containsKey(c)) {
        plain.append(digits.get(c));
      } else {
        break;
      }
      end++;
    }
    if (end == start) {
      return null;
    }
    if (tens >= 0) {
      // shiba = 18, sanshi = 30, sanshiliu = 36: the digit after a ten is the units.
      int units = plain.isEmpty() ? 0 : Integer.parseInt(plain.toString());
      return units > 9 ? null : new Digits(String.valueOf(tens * 10 + units), end, true, true);
    }
    return new Digits(plain.toString(), end, true, plain.length() >= 2);
  }

  /** The digits after a decimal mark at {@code at}, or null when no decimal part follows. */
  private @Nullable Digits fraction(String s, int at, boolean chinese) {
    String mark = s.startsWith(".", at) ? "." : startsWithAny(s, at, decimalMarks);
    if (mark == null) {
      return null;
    }
    int from = at + mark.length();
    String halfWord = startsWithAny(s, from, half);
    if (halfWord != null && !".".equals(mark)) {
      // "36 du ban": half a degree.
      return new Digits("5", from + halfWord.length(), chinese, true);
    }
    Digits digitsAfter = isAsciiDigit(s, from) ? ascii(s, from) : chinese(s, from);
    if (digitsAfter == null || (chinese != digitsAfter.chinese && !".".equals(mark))) {
      return null;
    }
    if (LIST_MARKS.contains(mark) && digitsAfter.text.length() != 1) {
      return null;
    }
    return new Digits(digitsAfter.text, digitsAfter.end, digitsAfter.chinese, true);
  }

  private static boolean isAsciiDigit(String s, int i) {
    return i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9';
  }

  private static @Nullable String startsWithAny(String s, int at, List<String> words) {
    return words.stream().filter(w -> s.startsWith(w, at)).findFirst().orElse(null);
  }

  private static List<String> longestFirst(List<String> words) {
    return words.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
  }
}

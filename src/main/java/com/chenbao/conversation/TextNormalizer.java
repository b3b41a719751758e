package com.chenbao.conversation;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Puts a reply into one spelling before it is read: full-width digits and punctuation become ASCII
 * (NFKC; the Celsius sign becomes a degree sign and c), letters lower case, emoji and other pictographs
 * become spaces, runs of white space one space.
 */
final class TextNormalizer {

  private static final int DEGREE = 0xB0;

  private TextNormalizer() {}

  static String normalize(String text) {
    String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(nfkc.length());
    nfkc.codePoints().forEach(cp -> out.appendCodePoint(isNoise(cp) ? ' ' : cp));
    return out.toString().replaceAll("\\s+", " ").strip();
  }

  /** Emoji, dingbats, variation selectors and joiners: they never carry an answer. */
  private static boolean isNoise(int codePoint) {
    if (codePoint == DEGREE) {
      return false;
    }
    int type = Character.getType(codePoint);
    return type == Character.OTHER_SYMBOL
        || type == Character.SURROGATE
        || type == Character.FORMAT
        || type == Character.NON_SPACING_MARK
        || type == Character.PRIVATE_USE
        || type == Character.CONTROL;
  }
}

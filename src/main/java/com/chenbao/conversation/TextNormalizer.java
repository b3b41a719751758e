package com.chenbao.conversation;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Puts a reply into one spelling before it is read: full-width digits and punctuation become ASCII
 * (NFKC; the Celsius sign becomes a degree sign and c), letters lower case, invisible characters
 * (zero-width spaces and joiners, the byte-order mark, soft hyphens) are removed — "36.\u200b5" is
 * 36.5 — emoji and other pictographs become spaces, runs of white space one space.
 */
final class TextNormalizer {

  private static final int DEGREE = 0xB0;

  private TextNormalizer() {}

  static String normalize(String text) {
    String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(nfkc.length());
    nfkc.codePoints()
        .forEach(
            cp -> {
              if (isInvisible(cp)) {
                return;
              }
              out.appendCodePoint(isNoise(cp) ? ' ' : cp);
            });
    return out.toString().replaceAll("\\s+", " ").strip();
  }

  /**
   * Zero-width and format characters: typed or pasted inside words and numbers, they separate
   * nothing.
   */
  private static boolean isInvisible(int codePoint) {
    return Character.getType(codePoint) == Character.FORMAT
        || (codePoint >= 0xFE00 && codePoint <= 0xFE0F)
        || codePoint == 0x034F;
  }

  /** Emoji, dingbats and other pictographs: they never carry an answer. */
  private static boolean isNoise(int codePoint) {
    if (codePoint == DEGREE) {
      return false;
    }
    int type = Character.getType(codePoint);
    return type == Character.OTHER_SYMBOL
        || type == Character.SURROGATE
        || type == Character.NON_SPACING_MARK
        || type == Character.PRIVATE_USE
        || type == Character.CONTROL;
  }
}

package com.chenbao.roster;

import java.text.Normalizer;
import java.util.Optional;
import java.util.regex.Pattern;

/** Mainland China mobile numbers as people type them: spaces, dashes, +86 / 0086 / 86 prefixes. */
final class PhoneNumbers {

  private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
  private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-().]");

  private PhoneNumbers() {}

  /** The 11-digit number, or empty if {@code raw} is not a mainland mobile number. */
  static Optional<String> normalize(String raw) {
    // NFKC turns full-width digits and signs, as typed with a Chinese input method, into ASCII.
    String digits =
        SEPARATORS.matcher(Normalizer.normalize(raw, Normalizer.Form.NFKC)).replaceAll("");
    if (digits.startsWith("+86")) {
      digits = digits.substring(3);
    } else if (digits.startsWith("0086")) {
      digits = digits.substring(4);
    } else if (digits.startsWith("86") && digits.length() == 13) {
      digits = digits.substring(2);
    }
    return MOBILE.matcher(digits).matches() ? Optional.of(digits) : Optional.empty();
  }
}

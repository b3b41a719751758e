package com.chenbao.schoolconfig;

import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Replaces {@code ${NAME}} and {@code ${NAME:default}} in file values, so secrets and tokens need
 * not sit in the file. The lookup is the Spring environment (environment variables, system
 * properties).
 */
final class EnvSubstitution {

  private static final Pattern VARIABLE =
      Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_.]*)(?::([^}]*))?}");

  private final Function<String, @Nullable String> lookup;

  EnvSubstitution(Function<String, @Nullable String> lookup) {
    this.lookup = lookup;
  }

  /** The value with every variable replaced, or the name of the first variable that is not set. */
  Result apply(String value) {
    Matcher m = VARIABLE.matcher(value);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String replacement = lookup.apply(m.group(1));
      if (replacement == null) {
        replacement = m.group(2);
      }
      if (replacement == null) {
        return new Result(value, Optional.of(m.group(1)));
      }
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return new Result(out.toString(), Optional.empty());
  }

  record Result(String value, Optional<String> missingVariable) {}
}

package com.chenbao.schoolconfig;

import java.util.Set;

/**
 * What a working group receives. {@code alertKinds} holds anomaly kinds from the form template
 * (fever, red_code, ...) or {@link #ALL_ALERTS}; use {@link #receivesAlert(String)} rather than
 * reading the set.
 */
public record Subscription(
    TallyScope tallyScope,
    boolean namesAllowed,
    boolean missingNames,
    boolean absentees,
    Set<String> alertKinds) {

  /** The alert kind that stands for every kind. */
  public static final String ALL_ALERTS = "*";

  public Subscription {
    alertKinds = Set.copyOf(alertKinds);
  }

  public static Subscription nothing() {
    return new Subscription(TallyScope.NONE, false, false, false, Set.of());
  }

  public boolean receivesAlert(String kind) {
    return alertKinds.contains(ALL_ALERTS) || alertKinds.contains(kind);
  }
}

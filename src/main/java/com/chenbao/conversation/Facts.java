package com.chenbao.conversation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What one part of a reply (one child's words, or the words for everyone) states, before any
 * checks.
 */
final class Facts {

  final List<NumberReader.NumberMatch> temperatures = new ArrayList<>();
  final Set<String> symptoms = new LinkedHashSet<>();
  final Set<String> negatedSymptoms = new LinkedHashSet<>();
  final Set<String> healthCodes = new LinkedHashSet<>();

  /**
   * Question ids said to be normal (tiwen zhengchang); {@link #allNormal} covers every question.
   */
  final Set<String> normalFields = new LinkedHashSet<>();

  boolean allNormal;
  boolean noSymptoms;

  /** "Not well" without a symptom (youdian bu shufu, bu zhengchang). */
  boolean unspecified;

  @Nullable String travel;
  boolean travelNone;
  @Nullable Boolean contact;
  @Nullable Boolean household;

  /** A guardian's leave words (qingjia, zai jia xiuxi). */
  boolean leave;

  boolean hasContent() {
    return allNormal
        || noSymptoms
        || unspecified
        || travelNone
        || travel != null
        || contact != null
        || household != null
        || !temperatures.isEmpty()
        || !symptoms.isEmpty()
        || !negatedSymptoms.isEmpty()
        || !healthCodes.isEmpty()
        || !normalFields.isEmpty()
        || leave;
  }

  /**
   * Fills what this part left unsaid from the words for everyone ("all green code, dabao 36.5,
   * xiaobao 36.8").
   */
  void takeDefaultsFrom(Facts shared) {
    if (temperatures.isEmpty()) {
      temperatures.addAll(shared.temperatures);
    }
    if (symptoms.isEmpty() && negatedSymptoms.isEmpty() && !noSymptoms) {
      symptoms.addAll(shared.symptoms);
      negatedSymptoms.addAll(shared.negatedSymptoms);
      noSymptoms = shared.noSymptoms;
    }
    if (healthCodes.isEmpty()) {
      healthCodes.addAll(shared.healthCodes);
    }
    normalFields.addAll(shared.normalFields);
    allNormal |= shared.allNormal;
    unspecified |= shared.unspecified;
    if (travel == null && !travelNone) {
      travel = shared.travel;
      travelNone = shared.travelNone;
    }
    contact = contact == null ? shared.contact : contact;
    leave |= shared.leave;
    household = household == null ? shared.household : household;
  }
}

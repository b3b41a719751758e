package com.chenbao.forms;

import java.util.List;

/**
 * One choice of a choice or multi-choice question.
 *
 * @param code stable id stored with the answer, e.g. {@code dry_cough}
 * @param label the (Chinese) word shown in receipts and alerts
 * @param synonyms what people type that means this option; never shared by two options of a question
 */
public record Option(String code, String label, List<String> synonyms) {

  public Option {
    synonyms = List.copyOf(synonyms);
  }
}

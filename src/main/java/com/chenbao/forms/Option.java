package com.chenbao.forms;

import java.util.List;

/**
 * One choice of a choice or multi-choice question.
 *
 * @param code stable id stored with the answer, e.g. {@code dry_cough}
 * @param label the (Chinese) word shown in receipts and alerts
 * @param synonyms what people type that means this option; never shared by two options of a
 *     question
 * @param phrases how people describe it in words of their own: each phrase is a list of word groups
 *     matched in order, with degree words allowed between them ({@code [[houlong, sangzi], [tong,
 *     teng]]} reads "houlong youdian tong" and "sangzi hao teng"); the parser's gap words are in
 *     bot-templates/conversation/vocabulary.yml
 */
public record Option(String code, String label, List<String> synonyms, List<Phrase> phrases) {

  public Option {
    synonyms = List.copyOf(synonyms);
    phrases = List.copyOf(phrases);
  }

  /** Word groups matched in order: one word of each group, gap words allowed between them. */
  public record Phrase(List<List<String>> groups) {

    public Phrase {
      groups = groups.stream().map(List::copyOf).toList();
    }
  }

  public Option(String code, String label, List<String> synonyms) {
    this(code, label, synonyms, List.of());
  }
}

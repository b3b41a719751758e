package com.chenbao.conversation;

import java.util.List;
import java.util.Map;

/**
 * The words of bot-templates/conversation/vocabulary.yml, validated by {@link VocabularyReader}. Every
 * list is non-empty and no word is listed under two headings.
 *
 * @param digits Chinese digit to its value
 * @param fields question id to the words that name the question
 * @param children word (dabao) to the child it names
 * @param commands command to the whole-message words that ask for it
 */
record Vocabulary(
    Map<String, Integer> digits,
    List<String> ten,
    List<String> decimalMarks,
    List<String> temperatureUnits,
    List<String> otherUnits,
    List<String> allNormal,
    List<String> everyone,
    List<String> negations,
    List<String> contrasts,
    Map<String, List<String>> fields,
    List<String> corrections,
    Map<String, ChildRef> children,
    List<String> travelNone,
    List<String> fillers,
    List<String> unlistedSymptoms,
    Map<CommandKind, List<String>> commands,
    LeaveWords leave) {

  /** The words of the leave command's arguments. */
  record LeaveWords(List<String> dayUnits, List<String> monthMarks, List<String> dayMarks, List<String> rangeMarks) {}
}

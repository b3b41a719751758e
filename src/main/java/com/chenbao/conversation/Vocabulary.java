package com.chenbao.conversation;

import java.util.List;
import java.util.Map;

/**
 * The words of bot-templates/conversation/vocabulary.yml, validated by {@link VocabularyReader}.
 * Every list is non-empty and no word is listed under two headings.
 *
 * @param digits Chinese digit to its value
 * @param fields question id to the words that name the question
 * @param children word (dabao) to the child it names
 * @param commands command to the whole-message words that ask for it
 * @param listEnds words that close a list ("wu fare, kesou deng zhengzhuang"): a negation before
 *     the list covers all of it
 * @param gapWords degree and linking words allowed between the word groups of a form's phrases
 *     ("houlong youdian tong")
 * @param noSymptoms words that state "no symptoms" on their own (shenti jiankang)
 * @param recovered words after a symptom that say it is over (haole, tui le): the symptom is not
 *     recorded
 * @param guardianLeave a guardian's words for keeping the child at home today (qingjia, zai jia
 *     xiuxi)
 */
record Vocabulary(
    Map<String, Integer> digits,
    List<String> ten,
    List<String> decimalMarks,
    List<String> temperatureUnits,
    List<String> otherUnits,
    List<String> half,
    List<String> allNormal,
    List<String> everyone,
    List<String> negations,
    List<String> contrasts,
    List<String> listEnds,
    List<String> gapWords,
    List<String> noSymptoms,
    List<String> guardianLeave,
    List<String> recovered,
    Map<String, List<String>> fields,
    List<String> corrections,
    Map<String, ChildRef> children,
    List<String> travelNone,
    List<String> fillers,
    List<String> unlistedSymptoms,
    Map<CommandKind, List<String>> commands,
    LeaveWords leave) {

  /** The words of the leave command's arguments. */
  record LeaveWords(
      List<String> dayUnits,
      List<String> monthMarks,
      List<String> dayMarks,
      List<String> rangeMarks) {}
}

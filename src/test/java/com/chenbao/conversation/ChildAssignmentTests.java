package com.chenbao.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import com.chenbao.forms.Form;
import com.chenbao.rounds.ExpectedChild;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Whose answer is whose, with the real parser: named, positional, "the others", and never by order.
 */
class ChildAssignmentTests {

  private static final ReplyParser PARSER = Parsers.shipped();
  private static final Form FORM = Parsers.forms().form("morning-report");
  private static final ExpectedChild YU = child(1, "陈小雨");
  private static final ExpectedChild XUE = child(2, "陈小雪");

  @Test
  void oneAnswerWithoutANameIsForEveryChildOnlyWhenItSaysSoOrIsTheAttestation() {
    assertThat(temperatures("全家正常", YU, XUE))
        .get()
        .extracting(Map::keySet)
        .isEqualTo(java.util.Set.of("陈小雨", "陈小雪"));
    assertThat(temperatures("两个都36.5", YU, XUE)).contains(Map.of("陈小雨", "36.5", "陈小雪", "36.5"));
    assertThat(temperatures("36.5", YU, XUE)).isEmpty();
    assertThat(temperatures("咳嗽", YU, XUE)).isEmpty();
  }

  @Test
  void aGuardianOfOneChildIsNeverAskedWhichChild() {
    assertThat(temperatures("小名36.5", YU)).contains(Map.of("陈小雨", "36.5"));
    assertThat(temperatures("36.5", YU)).contains(Map.of("陈小雨", "36.5"));
  }

  @Test
  void positionsAndNamesPickTheirChild() {
    assertThat(temperatures("大宝36.5 小宝36.8", YU, XUE))
        .contains(Map.of("陈小雨", "36.5", "陈小雪", "36.8"));
    assertThat(temperatures("小雪37.0", YU, XUE)).contains(Map.of("陈小雪", "37.0"));
  }

  @Test
  void anAnswerBeforeTheNamesIsForTheOthers() {
    assertThat(temperatures("36.5 小宝36.8", YU, XUE)).contains(Map.of("陈小雨", "36.5", "陈小雪", "36.8"));
  }

  @Test
  void valuesNamingNobodyOrAChildThatIsNotThereAreNeverAssignedByOrder() {
    assertThat(temperatures("36.5 36.8", YU, XUE)).isEmpty();
    assertThat(temperatures("老三36.5", YU, XUE)).isEmpty();
    assertThat(temperatures("小明36.5", YU, XUE)).isEmpty();
  }

  private static Optional<Map<String, String>> temperatures(
      String reply, ExpectedChild... children) {
    List<ExpectedChild> list = List.of(children);
    ParsedReply parsed = PARSER.parse(reply, FORM, list.stream().map(ExpectedChild::name).toList());
    ParsedReply.Answers answers =
        parsed instanceof ParsedReply.FollowUp f && f.partial() != null
            ? f.partial()
            : (ParsedReply.Answers) parsed;
    return ChildAssignment.assign(answers, list)
        .map(
            assigned -> {
              Map<String, String> byName = new java.util.LinkedHashMap<>();
              assigned.forEach(
                  (child, answer) ->
                      byName.put(child.name(), String.valueOf(answer.values().temperature())));
              return byName;
            });
  }

  private static ExpectedChild child(long id, String name) {
    return new ExpectedChild(id, name, "20200" + id, 1, "一年级2班", false);
  }
}

package com.chenbao.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Broken form files stop start-up, naming the file, the entry and the problem. */
class FormValidationTests {

  private static final String MINI =
      """
      code: mini
      name: 小表
      frequency: daily
      subjects:
        - {kind: student, answered-by: guardian}
      questions:
        - {id: temperature, label: 体温, type: temperature, range: {min: 35.0, max: 42.0}, required: unless-attested}
        - id: symptoms
          label: 症状
          type: multi_choice
          normal: []
          options:
            - {code: dry_cough, label: 干咳, synonyms: [咳嗽, 咳]}
            - {code: fatigue, label: 乏力, synonyms: [没力气]}
        - id: health_code
          label: 健康码
          type: choice
          normal: green
          options:
            - {code: green, label: 绿码}
            - {code: red, label: 红码}
      rules:
        - {kind: fever, severity: urgent, label: 发热, condition: {question: temperature, op: ">=", value: 37.3}, detail: form.finding.temperature}
        - {kind: red_code, severity: urgent, label: 红码, condition: {question: health_code, op: in, value: [red]}, detail: form.finding.health-code}
      texts:
        list-separator: form.format.list-separator
      """;

  @TempDir Path dir;

  @Test
  void theMiniFormIsValid() {
    FormCatalog catalog = Forms.catalog(Forms.withFormFile(dir, "mini.yml", MINI));

    assertThat(catalog.form("mini").rules()).hasSize(2);
    assertThat(catalog.all()).hasSize(3);
  }

  static Stream<Arguments> brokenFiles() {
    return Stream.of(
        broken("name: 小表", "name: 小表\ncolour: red", "colour: unknown key"),
        broken(
            "required: unless-attested}",
            "required: unless-attested, options: []}",
            "questions[0].options: unknown key"),
        broken(
            "{id: temperature, label",
            "{id: temp, label",
            "questions[0].id: 'temp' is not an answer field"),
        broken(
            "id: health_code\n    label: 健康码\n    type: choice",
            "id: health_code\n    label: 健康码\n    type: yes_no",
            "questions[2].options: unknown key"),
        broken(
            "min: 35.0, max: 42.0",
            "min: 42.0, max: 35.0",
            "questions[0].range: min 42.0 must be below max 35.0"),
        broken("required: unless-attested}", "normal: 36.5}", "questions[0].normal: unknown key"),
        broken(
            "required: unless-attested}",
            "required: sometimes}",
            "questions[0].required: 'sometimes' is not one of"),
        broken(
            "type: choice\n    normal: green",
            "type: choice\n    normal: blue",
            "questions[2].normal: 'blue' is not an option code"),
        broken(
            "- id: health_code",
            "- id: symptoms",
            "questions[2].id: question id 'symptoms' is used twice"),
        broken(
            "{code: fatigue,",
            "{code: dry_cough,",
            "questions[1].options[1].code: option code 'dry_cough' is used twice"),
        broken(
            "synonyms: [没力气]",
            "synonyms: [没力气, 咳]",
            "questions[1].options[1].synonyms: '咳' is also a synonym of option 'dry_cough'"),
        broken(
            "{kind: red_code,",
            "{kind: fever,",
            "rules[1].kind: anomaly kind 'fever' is used twice"),
        broken(
            "question: temperature, op",
            "question: temp, op",
            "rules[0].condition.question: no question with id 'temp' in this form"),
        broken(
            "op: \">=\"",
            "op: any",
            "rules[0].condition.op: operator 'any' does not apply to the temperature question 'temperature'"),
        broken("op: \">=\"", "op: \"=>\"", "rules[0].condition.op: unknown operator '=>'"),
        broken(
            "op: \">=\", value: 37.3",
            "op: \">=\", value: hot",
            "rules[0].condition.value: expected a number"),
        broken(
            "value: [red]",
            "value: [purple]",
            "rules[1].condition.value: 'purple' is not an option code"),
        broken(
            "severity: urgent, label: 发热",
            "severity: high, label: 发热",
            "rules[0].severity: unknown value 'high' (one of: urgent, warning)"),
        broken(
            "detail: form.finding.temperature",
            "detail: form.finding.nope",
            "rules[0].detail: no text 'form.finding.nope' in bot-templates/texts"),
        broken(
            "detail: form.finding.temperature",
            "detail: form.prompt.title",
            "rules[0].detail: text 'form.prompt.title' may use only {answer}"),
        broken(
            "list-separator: form.format.list-separator",
            "list-separator: form.format.list-separator\n  receipt: morning-report.nope",
            "texts.receipt: no text 'morning-report.nope'"),
        broken(
            "  list-separator: form.format.list-separator",
            "  receipt: form.receipt.recorded",
            "texts: needs the role 'list-separator'"),
        broken("frequency: daily", "frequency: weekly", "frequency: unknown value 'weekly'"),
        broken(
            "{kind: student, answered-by: guardian}",
            "{kind: student, answered-by: guardian}\n  - {kind: student, answered-by: self}",
            "subjects[1].kind: subject 'student' is listed twice"),
        broken(
            "code: mini",
            "code: morning-report",
            "code: form code 'morning-report' is also used by"),
        broken("questions:", "questions: {a: 1}\nx:", "questions: expected a list"),
        broken("name: 小表", "name: [小表", "not valid YAML"),
        broken("name: 小表", "name: 小表\nname: 大表", "not valid YAML: Duplicate field 'name'"));
  }

  @ParameterizedTest(name = "{2}")
  @MethodSource("brokenFiles")
  void reportsTheFileTheEntryAndTheProblem(String from, String to, String expected) {
    String content = MINI.replace(from, to);
    assertThat(content).as("the test's replacement applies").isNotEqualTo(MINI);
    if (expected.startsWith("code: form code")) {
      // Two files of the templates dir claiming one code: the second one in file order is reported.
      Forms.withFormFile(dir, "a-morning-report.yml", Forms.shippedMorningReport());
    }

    FormDefinitionException e =
        catchThrowableOfType(
            FormDefinitionException.class,
            () -> Forms.catalog(Forms.withFormFile(dir, "mini.yml", content)));

    assertThat(e).as("start-up fails").isNotNull();
    assertThat(e.problems()).anySatisfy(p -> assertThat(p).contains("mini.yml: " + expected));
  }

  private static Arguments broken(String from, String to, String expected) {
    return Arguments.of(from, to, expected);
  }

  @Test
  void collectsEveryProblemOfEveryFileAtOnce() {
    Forms.withFormFile(
        dir,
        "mini.yml",
        MINI.replace("op: \">=\"", "op: any").replace("value: [red]", "value: [blue]"));
    Forms.withFormFile(
        dir,
        "other.yml",
        MINI.replace("code: mini", "code: other").replace("min: 35.0", "min: 50.0"));

    FormDefinitionException e =
        catchThrowableOfType(FormDefinitionException.class, () -> Forms.catalog(dir));

    assertThat(e.problems()).hasSize(3);
    assertThat(e.getMessage())
        .contains("mini.yml: rules[0].condition.op")
        .contains("mini.yml: rules[1].condition.value")
        .contains("other.yml: questions[0].range: min 50.0 must be below max 42.0");
  }
}

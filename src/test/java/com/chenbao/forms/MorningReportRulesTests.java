package com.chenbao.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The default anomaly rules of product.md, as the shipped morning report evaluates them. */
class MorningReportRulesTests {

  private static final Form FORM = Forms.shipped().form("morning-report");

  static Stream<Arguments> answers() {
    return Stream.of(
        row("36.5 is normal", a -> a.withTemperature(t("36.5")), null, null, null),
        row("37.2 is normal", a -> a.withTemperature(t("37.2")), null, null, null),
        row(
            "37.3 is a fever",
            a -> a.withTemperature(t("37.3")),
            "fever",
            Severity.URGENT,
            "体温 37.3℃"),
        row(
            "38.25 reads with one decimal",
            a -> a.withTemperature(t("38.25")),
            "fever",
            Severity.URGENT,
            "体温 38.3℃"),
        row(
            "a cough is a symptom",
            a -> a.withSymptoms(Set.of("dry_cough")),
            "symptom",
            Severity.WARNING,
            "症状：干咳"),
        row(
            "symptoms read in option order",
            a -> a.withSymptoms(Set.of("diarrhea", "fever")),
            "symptom",
            Severity.WARNING,
            "症状：发热、腹泻"),
        row(
            "yellow code",
            a -> a.withHealthCode("yellow"),
            "yellow_code",
            Severity.WARNING,
            "健康码为黄码"),
        row("red code", a -> a.withHealthCode("red"), "red_code", Severity.URGENT, "健康码为红码"),
        row("contact", a -> a.withContact(true), "contact", Severity.URGENT, "接触过确诊或疑似病例"),
        row(
            "household symptoms",
            a -> a.withHouseholdSymptoms(true),
            "household_symptoms",
            Severity.WARNING,
            "共同生活的家人有症状"),
        row("travel with no listed area", a -> a.withTravel("湖北武汉"), null, null, null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("answers")
  void evaluatesOneChangeFromAllNormal(
      String name,
      UnaryOperator<AnswerValues> change,
      String kind,
      Severity severity,
      String detail) {
    List<AnomalyFinding> findings = FORM.evaluate(change.apply(FORM.attestation()));

    if (kind == null) {
      assertThat(findings).isEmpty();
    } else {
      assertThat(findings)
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.kind()).isEqualTo(kind);
                assertThat(f.severity()).isEqualTo(severity);
                assertThat(f.detail()).isEqualTo(detail);
              });
    }
  }

  @Test
  void allNormalAndUnansweredRaiseNothing() {
    assertThat(FORM.evaluate(FORM.attestation())).isEmpty();
    assertThat(FORM.evaluate(AnswerValues.none())).isEmpty();
  }

  @Test
  void severalAnomaliesComeInRuleOrderWithTheirLabels() {
    AnswerValues answer =
        FORM.attestation()
            .withTemperature(t("38.2"))
            .withSymptoms(Set.of("dry_cough"))
            .withHealthCode("red");

    assertThat(FORM.evaluate(answer))
        .containsExactly(
            new AnomalyFinding("fever", Severity.URGENT, "发热", "体温 38.2℃"),
            new AnomalyFinding("symptom", Severity.WARNING, "有症状", "症状：干咳"),
            new AnomalyFinding("red_code", Severity.URGENT, "红码", "健康码为红码"));
  }

  @Test
  void travelToAListedHighRiskAreaIsAWarning(@TempDir Path dir) {
    String edited =
        Forms.shippedMorningReport().replace("high-risk-areas: []", "high-risk-areas: [武汉, 温州]");
    Form form =
        Forms.catalog(Forms.withFormFile(dir, "morning-report.yml", edited)).form("morning-report");

    assertThat(form.evaluate(form.attestation().withTravel("湖北武汉")))
        .containsExactly(new AnomalyFinding("travel", Severity.WARNING, "到过高风险地区", "14天内到过湖北武汉"));
    assertThat(form.evaluate(form.attestation().withTravel("上海"))).isEmpty();
  }

  private static Arguments row(
      String name,
      UnaryOperator<AnswerValues> change,
      String kind,
      Severity severity,
      String detail) {
    return Arguments.of(name, change, kind, severity, detail);
  }

  private static BigDecimal t(String value) {
    return new BigDecimal(value);
  }
}

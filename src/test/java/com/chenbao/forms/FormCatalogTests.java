package com.chenbao.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FormCatalogTests {

  private final FormCatalog catalog = Forms.shipped();

  @Test
  void loadsTheShippedForms() {
    assertThat(catalog.all())
        .extracting(Form::code)
        .containsExactly("health-declaration", "morning-report");
    assertThat(catalog.form("health-declaration").frequency()).isEqualTo(Form.Frequency.ONCE);
  }

  @Test
  void theMorningReportAsksTheDefaultQuestions() {
    Form form = catalog.form("morning-report");

    assertThat(form.name()).isEqualTo("家庭每日晨报");
    assertThat(form.frequency()).isEqualTo(Form.Frequency.DAILY);
    assertThat(form.subjects())
        .containsExactly(
            new Subject(Subject.Kind.STUDENT, Subject.AnsweredBy.GUARDIAN),
            new Subject(Subject.Kind.STAFF, Subject.AnsweredBy.SELF));
    assertThat(form.questions())
        .extracting(Question::id)
        .containsExactly(
            "temperature", "symptoms", "health_code", "travel", "contact", "household_symptoms");
    Question temperature = form.question("temperature");
    assertThat(temperature.range())
        .isEqualTo(new ValueRange(new BigDecimal("35.0"), new BigDecimal("42.0")));
    assertThat(temperature.range().contains(new BigDecimal("46"))).isFalse();
    assertThat(form.question("symptoms").options())
        .extracting(Option::code)
        .containsExactly(
            "fever",
            "dry_cough",
            "fatigue",
            "sore_throat",
            "diarrhea",
            "loss_of_smell_taste",
            "short_breath");
    assertThat(form.question("symptoms").optionForWord("拉肚子"))
        .map(Option::code)
        .contains("diarrhea");
    assertThat(form.question("health_code").optionForWord("红")).map(Option::code).contains("red");
    assertThat(form.question("travel").highRiskAreas()).isEmpty();
  }

  @Test
  void theMorningReportCarriesTheDefaultAnomalyRules() {
    Form form = catalog.form("morning-report");

    assertThat(form.rules())
        .extracting(AnomalyRule::kind, AnomalyRule::severity)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("fever", Severity.URGENT),
            org.assertj.core.groups.Tuple.tuple("symptom", Severity.WARNING),
            org.assertj.core.groups.Tuple.tuple("yellow_code", Severity.WARNING),
            org.assertj.core.groups.Tuple.tuple("red_code", Severity.URGENT),
            org.assertj.core.groups.Tuple.tuple("travel", Severity.WARNING),
            org.assertj.core.groups.Tuple.tuple("contact", Severity.URGENT),
            org.assertj.core.groups.Tuple.tuple("household_symptoms", Severity.WARNING));
    assertThat(form.rules().get(0).condition())
        .isEqualTo(
            new Condition(
                "temperature", Condition.Op.AT_LEAST, new BigDecimal("37.3"), java.util.Set.of()));
    assertThat(form.textKey("guardian-prompt")).isEqualTo("form.prompt.guardian");
  }

  @Test
  void theAttestationIsEachQuestionsNormalAnswerAndNoTemperature() {
    AnswerValues normal = catalog.form("morning-report").attestation();

    assertThat(normal)
        .isEqualTo(
            new AnswerValues(
                null,
                java.util.Set.of(),
                "green",
                null,
                false,
                false,
                true,
                java.util.Set.of(
                    "symptoms", "health_code", "travel", "contact", "household_symptoms")));
    assertThat(normal.valueOf("temperature")).isNull();
    assertThat(catalog.form("morning-report").missing(normal)).isEmpty();
    assertThat(
            catalog
                .form("morning-report")
                .missing(AnswerValues.none().withSymptoms(java.util.Set.of("fever"))))
        .extracting(Question::id)
        .containsExactly("temperature");
  }

  @Test
  void anUnknownCodeIsANamedError() {
    assertThatThrownBy(() -> catalog.form("midday-check"))
        .isInstanceOf(UnknownFormException.class)
        .hasMessageContaining("midday-check");
  }

  @Test
  void aFormInTheTemplatesDirReplacesTheShippedOne(@TempDir Path dir) {
    String edited =
        Forms.shippedMorningReport()
            .replace("name: 家庭每日晨报", "name: 每日晨报（试行）")
            .replace("high-risk-areas: []", "high-risk-areas: [武汉]");

    FormCatalog overridden = Forms.catalog(Forms.withFormFile(dir, "morning-report.yml", edited));

    assertThat(overridden.all()).hasSize(2);
    assertThat(overridden.form("morning-report").name()).isEqualTo("每日晨报（试行）");
    assertThat(overridden.form("morning-report").question("travel").highRiskAreas())
        .containsExactly("武汉");
  }
}

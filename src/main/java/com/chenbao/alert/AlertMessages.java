package com.chenbao.alert;

import com.chenbao.forms.Form;
import com.chenbao.forms.FormCatalog;
import com.chenbao.forms.Severity;
import com.chenbao.messaging.OutboundMessage.Markdown;
import com.chenbao.shared.MessageTexts;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Renders alerts from the form's texts ({@code <form>.group.alert.*}, {@code
 * <form>.teacher.anomaly-alert}); a form without its own alert texts uses the morning report's.
 */
@Component
class AlertMessages {

  private static final String FALLBACK_FORM = Form.COMMON_TEXTS;

  private final MessageTexts texts;
  private final FormCatalog forms;

  AlertMessages(MessageTexts texts, FormCatalog forms) {
    this.texts = texts;
    this.forms = forms;
  }

  /** Names and every finding: for groups that may see names and follow all kinds (personnel). */
  Markdown named(String formCode, AlertSubject subject, List<RaisedAnomaly> anomalies) {
    String body =
        render(
            formCode,
            "group.alert.personnel",
            Map.of(
                "severity", severityText(formCode, anomalies),
                "subject", subject.name(),
                "class_name", subject.place(),
                "findings", findingLines(formCode, anomalies),
                "reporter", subject.reporter(),
                "time", subject.time(),
                "teacher",
                    subject.teacher() == null
                        ? texts.render("alert.no-teacher")
                        : subject.teacher().name()));
    return new Markdown(title(formCode, anomalies), body);
  }

  /** One urgent finding with the name, as a call to action (isolation room, entrance check). */
  Markdown logistics(String formCode, AlertSubject subject, RaisedAnomaly anomaly) {
    String body =
        render(
            formCode,
            "group.alert.logistics",
            Map.of(
                "subject",
                subject.name(),
                "class_name",
                subject.place(),
                "label",
                anomaly.label(),
                "detail",
                anomaly.detail()));
    return new Markdown(title(formCode, List.of(anomaly)), body);
  }

  /** No names: the class (or post), the kind and how many of the class have it. */
  Markdown withoutNames(String formCode, AlertSubject subject, RaisedAnomaly anomaly, int count) {
    String body =
        render(
            formCode,
            "group.alert.no-names",
            Map.of(
                "severity", severityText(formCode, List.of(anomaly)),
                "class_name", subject.place(),
                "count", count,
                "label", anomaly.label()));
    return new Markdown(title(formCode, List.of(anomaly)), body);
  }

  /** 1:1 to the class teacher. */
  Markdown toClassTeacher(String formCode, AlertSubject subject, List<RaisedAnomaly> anomalies) {
    String body =
        render(
            formCode,
            "teacher.anomaly-alert",
            Map.of(
                "class_name", subject.place(),
                "student", subject.name(),
                "findings", findingLines(formCode, anomalies),
                "reporter", subject.reporter(),
                "time", subject.time()));
    return new Markdown(title(formCode, anomalies), body);
  }

  private String title(String formCode, List<RaisedAnomaly> anomalies) {
    String labels =
        anomalies.stream()
            .map(RaisedAnomaly::label)
            .collect(Collectors.joining(separator(formCode)));
    return render(formCode, "group.alert.title", Map.of("label", labels));
  }

  private String findingLines(String formCode, List<RaisedAnomaly> anomalies) {
    return anomalies.stream()
        .map(
            a ->
                render(
                    formCode,
                    "group.alert.finding-line",
                    Map.of("label", a.label(), "detail", a.detail())))
        .collect(Collectors.joining("\n"));
  }

  private String severityText(String formCode, List<RaisedAnomaly> anomalies) {
    Severity severity =
        anomalies.stream().anyMatch(RaisedAnomaly::urgent) ? Severity.URGENT : Severity.WARNING;
    return render(formCode, "severity." + severity.code(), Map.of());
  }

  private String separator(String formCode) {
    return texts.render(forms.form(formCode).textKey("list-separator"));
  }

  private String render(String formCode, String suffix, Map<String, ?> values) {
    String own = formCode + "." + suffix;
    return texts.render(texts.has(own) ? own : FALLBACK_FORM + "." + suffix, values);
  }
}

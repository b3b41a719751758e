package com.chenbao.tally;

import com.chenbao.forms.Form;
import com.chenbao.messaging.OutboundMessage.Markdown;
import com.chenbao.schoolconfig.Subscription;
import com.chenbao.schoolconfig.TallyScope;
import com.chenbao.shared.MessageTexts;
import com.chenbao.tally.Tally.ClassTally;
import com.chenbao.tally.Tally.Counts;
import com.chenbao.tally.Tally.GradeTally;
import com.chenbao.tally.Tally.KindCount;
import com.chenbao.tally.Tally.NamedAnomaly;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Renders tallies from the form's texts ({@code <form>.group.tally.*}, {@code
 * <form>.teacher.tally}); a form without its own tally texts uses the morning report's. Names
 * appear only where the subscription allows them: non-responders with {@code missingNames},
 * anomalies with {@code namesAllowed}.
 */
@Component
class TallyRenderer {

  private static final String FALLBACK_FORM = Form.COMMON_TEXTS;

  private final MessageTexts texts;

  TallyRenderer(MessageTexts texts) {
    this.texts = texts;
  }

  /**
   * The tally for a working group at its scope. The figures are a students line and, when the round
   * expects staff, a staff line; they are never added up. A group that may see no names and follows
   * no anomaly kinds (publicity) gets those lines without kinds and no rows; any other group gets
   * the school text with the rows of its scope.
   */
  Markdown forGroup(Form form, Tally tally, Subscription subscription, String time) {
    String date = date(form, tally.date());
    String title = render(form, "group.tally.title", Map.of("date", date));
    if (!subscription.namesAllowed() && subscription.alertKinds().isEmpty()) {
      return new Markdown(
          title,
          render(
              form,
              "group.tally.numbers-only",
              Map.of(
                  "school",
                  tally.schoolName(),
                  "date",
                  date,
                  "totals",
                  totals(form, tally, false))));
    }
    Map<String, Object> values = new HashMap<>();
    values.put("school", tally.schoolName());
    values.put("date", date);
    values.put("time", time);
    values.put("totals", totals(form, tally, true));
    values.put("rows", String.join("\n\n", rows(form, tally, subscription)));
    return new Markdown(title, render(form, "group.tally.school", values));
  }

  /**
   * The class tallies of one class teacher (usually one class), one after the other; students only.
   */
  Markdown forTeacher(Form form, Tally tally, List<ClassTally> classes) {
    String date = date(form, tally.date());
    String body =
        classes.stream()
            .map(
                c -> {
                  Map<String, Object> values = counts(c.counts());
                  values.put("class_name", c.fullName());
                  values.put("date", date);
                  values.put("anomaly_lines", anomalyLines(form, c.anomalies()));
                  return render(form, "teacher.tally", values);
                })
            .collect(Collectors.joining("\n\n"));
    return new Markdown(render(form, "group.tally.title", Map.of("date", date)), body);
  }

  /**
   * The students line, then the staff line if the round expects staff (a round expecting staff only
   * shows just the staff line), a blank line apart; with the anomaly kinds of each if {@code
   * withKinds}.
   */
  private String totals(Form form, Tally tally, boolean withKinds) {
    List<String> lines = new ArrayList<>();
    boolean staffExpected = tally.staff().expected() > 0;
    if (tally.students().expected() > 0 || !staffExpected) {
      lines.add(
          totalsLine(
              form,
              "group.tally.students-line",
              tally.students(),
              withKinds ? tally.studentKinds() : List.of()));
    }
    if (staffExpected) {
      lines.add(
          totalsLine(
              form,
              "group.tally.staff-line",
              tally.staff(),
              withKinds ? tally.staffKinds() : List.of()));
    }
    return String.join("\n\n", lines);
  }

  private String totalsLine(Form form, String suffix, Counts counts, List<KindCount> kinds) {
    Map<String, Object> values = counts(counts);
    values.put("anomaly_kinds", anomalyKinds(form, kinds));
    return render(form, suffix, values);
  }

  /**
   * One block per grade (its row, then its classes at class scope), then the staff's names; at
   * school scope the students' names instead of the grades. Names only if allowed; a names block is
   * headed by whom it is about, its figures are in the totals already.
   */
  private List<String> rows(Form form, Tally tally, Subscription subscription) {
    List<String> blocks = new ArrayList<>();
    TallyScope scope = subscription.tallyScope();
    if (scope == TallyScope.SCHOOL) {
      List<ClassTally> all = tally.grades().stream().flatMap(g -> g.classes().stream()).toList();
      namesBlock(
          form,
          subscription,
          "group.tally.students-label",
          names(all),
          anomaliesOf(all),
          blocks::add);
    } else {
      for (GradeTally grade : tally.grades()) {
        blocks.add(gradeBlock(form, grade, scope, subscription));
      }
    }
    namesBlock(
        form,
        subscription,
        "group.tally.staff-label",
        tally.missingStaff(),
        tally.staffAnomalies(),
        blocks::add);
    return blocks;
  }

  /** The names under a label, as one block; nothing if there are no names to show. */
  private void namesBlock(
      Form form,
      Subscription subscription,
      String labelSuffix,
      List<String> missing,
      List<NamedAnomaly> anomalies,
      Consumer<String> out) {
    List<String> lines = new ArrayList<>();
    addNames(form, subscription, missing, anomalies, lines::add);
    if (!lines.isEmpty()) {
      lines.add(0, render(form, labelSuffix, Map.of()));
      out.accept(String.join("\n", lines));
    }
  }

  private String gradeBlock(
      Form form, GradeTally grade, TallyScope scope, Subscription subscription) {
    List<String> lines = new ArrayList<>();
    Map<String, Object> gradeValues = counts(grade.counts());
    gradeValues.put("grade", grade.grade());
    lines.add(render(form, "group.tally.grade-row", gradeValues));
    if (scope == TallyScope.CLASS) {
      for (ClassTally c : grade.classes()) {
        Map<String, Object> classValues = counts(c.counts());
        classValues.put("class_name", c.fullName());
        lines.add(render(form, "group.tally.class-row", classValues));
        addNames(form, subscription, c.missingNames(), c.anomalies(), lines::add);
      }
    } else {
      addNames(
          form, subscription, names(grade.classes()), anomaliesOf(grade.classes()), lines::add);
    }
    return String.join("\n", lines);
  }

  private void addNames(
      Form form,
      Subscription subscription,
      List<String> missing,
      List<NamedAnomaly> anomalies,
      Consumer<String> out) {
    if (!subscription.namesAllowed()) {
      return;
    }
    if (subscription.missingNames() && !missing.isEmpty()) {
      out.accept(
          render(
              form,
              "group.tally.missing-names",
              Map.of("names", String.join(separator(form), missing))));
    }
    if (!anomalies.isEmpty()) {
      out.accept(anomalyLines(form, anomalies));
    }
  }

  private String anomalyKinds(Form form, List<KindCount> counts) {
    if (counts.isEmpty()) {
      return "";
    }
    String kinds =
        counts.stream()
            .map(
                k ->
                    render(
                        form,
                        "group.tally.kind-count",
                        Map.of("label", k.label(), "count", k.count())))
            .collect(Collectors.joining(separator(form)));
    return render(form, "group.tally.anomaly-kinds", Map.of("kinds", kinds));
  }

  private String anomalyLines(Form form, List<NamedAnomaly> anomalies) {
    return anomalies.stream()
        .map(
            a ->
                render(
                    form,
                    "teacher.anomaly-line",
                    Map.of("student", a.name(), "label", a.label(), "detail", a.detail())))
        .collect(Collectors.joining("\n"));
  }

  private static List<String> names(List<ClassTally> classes) {
    return classes.stream().flatMap(c -> c.missingNames().stream()).toList();
  }

  private static List<NamedAnomaly> anomaliesOf(List<ClassTally> classes) {
    return classes.stream().flatMap(c -> c.anomalies().stream()).toList();
  }

  private static Map<String, Object> counts(Counts counts) {
    Map<String, Object> values = new HashMap<>();
    values.put("expected", counts.expected());
    values.put("reported", counts.reported());
    values.put("missing", counts.missing());
    values.put("anomalies", counts.anomalies());
    return values;
  }

  private String date(Form form, LocalDate date) {
    String weekday = render(form, "format.weekday." + date.getDayOfWeek().getValue(), Map.of());
    return render(
        form,
        "format.date",
        Map.of("month", date.getMonthValue(), "day", date.getDayOfMonth(), "weekday", weekday));
  }

  private String separator(Form form) {
    return texts.render(form.textKey("list-separator"));
  }

  private String render(Form form, String suffix, Map<String, ?> values) {
    String own = form.code() + "." + suffix;
    return texts.render(texts.has(own) ? own : FALLBACK_FORM + "." + suffix, values);
  }
}

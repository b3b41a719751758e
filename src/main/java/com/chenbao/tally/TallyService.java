package com.chenbao.tally;

import com.chenbao.forms.AnomalyRule;
import com.chenbao.forms.Form;
import com.chenbao.forms.FormCatalog;
import com.chenbao.messaging.OutboundMessage;
import com.chenbao.roster.School;
import com.chenbao.roster.SchoolDirectory;
import com.chenbao.roster.UnknownSchool;
import com.chenbao.rounds.ExpectedAnswer;
import com.chenbao.rounds.RoundQuery;
import com.chenbao.rounds.RoundView;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Computes tallies from the round's expected subjects and their current answers, evaluated against
 * the form's rules now: a correction counts as it stands, and the tally does not depend on whether
 * the alerts for an answer have gone out.
 */
@Service
class TallyService implements TallyQuery {

  private final SchoolDirectory schools;
  private final FormCatalog forms;
  private final RoundQuery rounds;
  private final TallyRenderer renderer;

  TallyService(
      SchoolDirectory schools, FormCatalog forms, RoundQuery rounds, TallyRenderer renderer) {
    this.renderer = renderer;
    this.schools = schools;
    this.forms = forms;
    this.rounds = rounds;
  }

  /** A round's tally with what posting it needs. */
  record RoundTally(School school, RoundView round, Form form, Tally tally) {}

  @Override
  public Optional<Tally> tallyOf(String schoolCode, String formCode, LocalDate date) {
    return roundTally(schoolCode, formCode, date).map(RoundTally::tally);
  }

  @Override
  public Optional<OutboundMessage.Markdown> classTallyMessage(
      String schoolCode, String formCode, LocalDate date, long classId) {
    return roundTally(schoolCode, formCode, date)
        .flatMap(
            rt ->
                rt.tally().grades().stream()
                    .flatMap(grade -> grade.classes().stream())
                    .filter(c -> c.classId() == classId)
                    .findFirst()
                    .map(c -> renderer.forTeacher(rt.form(), rt.tally(), List.of(c))));
  }

  Optional<RoundTally> roundTally(String schoolCode, String formCode, LocalDate date) {
    School school = schools.findSchool(schoolCode).orElseThrow(() -> new UnknownSchool(schoolCode));
    Form form = forms.form(formCode);
    Optional<RoundView> found = rounds.round(school.id(), formCode, date);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    RoundView round = found.get();
    List<TallySubject> subjects =
        rounds.expectedAnswers(round.id()).stream().map(a -> subject(form, a)).toList();
    List<String> kinds = form.rules().stream().map(AnomalyRule::kind).toList();
    var header =
        new TallyCalculator.RoundHeader(school.code(), school.name(), formCode, date, round.id());
    return Optional.of(
        new RoundTally(school, round, form, TallyCalculator.compute(header, kinds, subjects)));
  }

  private static TallySubject subject(Form form, ExpectedAnswer a) {
    return new TallySubject(
        a.kind().name().toLowerCase(Locale.ROOT),
        a.subjectId(),
        a.name(),
        a.classId(),
        a.gradeName(),
        a.className(),
        a.answered(),
        a.answered() ? form.evaluate(a.values()) : List.of());
  }
}

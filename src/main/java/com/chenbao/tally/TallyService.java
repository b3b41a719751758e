package com.chenbao.tally;

import com.chenbao.forms.AnomalyRule;
import com.chenbao.forms.Form;
import com.chenbao.forms.FormCatalog;
import com.chenbao.roster.School;
import com.chenbao.roster.SchoolDirectory;
import com.chenbao.roster.UnknownSchool;
import com.chenbao.tally.TallyMapper.ExpectedRow;
import com.chenbao.tally.TallyMapper.RoundRow;
import com.chenbao.messaging.OutboundMessage;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Computes tallies from the round's expected subjects and their current answers, evaluated against the
 * form's rules now: a correction counts as it stands, and the tally does not depend on whether the alerts
 * for an answer have gone out.
 */
@Service
class TallyService implements TallyQuery {

  private final SchoolDirectory schools;
  private final FormCatalog forms;
  private final TallyMapper tallies;
  private final TallyRenderer renderer;

  TallyService(SchoolDirectory schools, FormCatalog forms, TallyMapper tallies, TallyRenderer renderer) {
    this.renderer = renderer;
    this.schools = schools;
    this.forms = forms;
    this.tallies = tallies;
  }

  /** A round's tally with what posting it needs. */
  record RoundTally(School school, RoundRow round, Form form, Tally tally) {}

  @Override
  public Optional<Tally> tallyOf(String schoolCode, String formCode, LocalDate date) {
    return roundTally(schoolCode, formCode, date).map(RoundTally::tally);
  }

  @Override
  public Optional<OutboundMessage.Markdown> classTallyMessage(
      String schoolCode, String formCode, LocalDate date, long classId) {
    return roundTally(schoolCode, formCode, date).flatMap(rt -> rt.tally().grades().stream()
        .flatMap(grade -> grade.classes().stream())
        .filter(c -> c.classId() == classId)
        .findFirst()
        .map(c -> renderer.forTeacher(rt.form(), rt.tally(), List.of(c))));
  }

  Optional<RoundTally> roundTally(String schoolCode, String formCode, LocalDate date) {
    School school = schools.findSchool(schoolCode).orElseThrow(() -> new UnknownSchool(schoolCode));
    Form form = forms.form(formCode);
    RoundRow round = tallies.findRound(school.id(), formCode, date);
    if (round == null) {
      return Optional.empty();
    }
    List<TallySubject> subjects = tallies.findExpected(round.id()).stream().map(row -> subject(form, row)).toList();
    List<String> kinds = form.rules().stream().map(AnomalyRule::kind).toList();
    var header = new TallyCalculator.RoundHeader(school.code(), school.name(), formCode, date, round.id());
    return Optional.of(new RoundTally(school, round, form, TallyCalculator.compute(header, kinds, subjects)));
  }

  private static TallySubject subject(Form form, ExpectedRow row) {
    return new TallySubject(row.subjectKind(), row.subjectId(), row.name(), row.classId(), row.grade(),
        row.className(), row.answered(), row.answered() ? form.evaluate(row.values()) : List.of());
  }
}

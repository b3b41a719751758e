package com.chenbao.rounds;

import com.chenbao.forms.AnswerValues;
import com.chenbao.forms.Subject;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Service;

@Service
class RoundQueryService implements RoundQuery {

  private final RoundMapper rounds;
  private final RoundReadMapper reads;
  private final RoundResolver resolver;
  private final AnswerMapper answers;
  private final RoundPeople people;

  RoundQueryService(
      RoundMapper rounds,
      RoundReadMapper reads,
      RoundResolver resolver,
      AnswerMapper answers,
      RoundPeople people) {
    this.people = people;
    this.rounds = rounds;
    this.reads = reads;
    this.resolver = resolver;
    this.answers = answers;
  }

  @Override
  public Optional<RoundView> round(long schoolId, String formCode, LocalDate date) {
    return Optional.ofNullable(rounds.findRound(schoolId, formCode, date)).map(this::view);
  }

  @Override
  public RoundView view(RoundRow row) {
    return new RoundView(
        row.id(),
        row.schoolId(),
        row.formCode(),
        row.businessDate(),
        RoundStatus.of(row.status()),
        resolver.deadline(row),
        row.openedAt(),
        row.closedAt(),
        row.skipReason());
  }

  @Override
  public Optional<OpenRound> currentRound(long schoolId, String formCode, LocalDate date) {
    return Optional.ofNullable(rounds.findRound(schoolId, formCode, date))
        .filter(row -> !row.isSkipped())
        .map(
            row ->
                new OpenRound(
                    row.id(),
                    row.schoolId(),
                    row.formCode(),
                    row.businessDate(),
                    resolver.deadline(row),
                    row.closedAt()));
  }

  @Override
  public List<ExpectedSubject> expectedSubjects(long roundId) {
    return people.expectedSubjects(roundId);
  }

  @Override
  public List<ExpectedAnswer> expectedAnswers(long roundId) {
    return people.expectedAnswers(roundId);
  }

  @Override
  public List<ExpectedChild> expectedChildrenOf(long roundId, long guardianId) {
    return people.expectedChildrenOf(roundId, guardianId);
  }

  @Override
  public boolean isExpected(long roundId, Subject.Kind kind, long subjectId) {
    return reads.countExpected(roundId, kind.name().toLowerCase(Locale.ROOT), subjectId) > 0;
  }

  @Override
  public Optional<CurrentAnswer> currentAnswer(long roundId, Subject.Kind kind, long subjectId) {
    AnswerMapper.CurrentRow row =
        answers.findCurrent(
            new AnswerMapper.SubjectKey(roundId, kind.name().toLowerCase(Locale.ROOT), subjectId));
    if (row == null) {
      return Optional.empty();
    }
    AnswerValues values = row.values();
    return Optional.of(
        new CurrentAnswer(
            AnswererKind.valueOf(row.answeredByKind().toUpperCase(Locale.ROOT)),
            row.answeredById(),
            values,
            row.revision()));
  }

  @Override
  public java.util.Set<Long> answeringGuardians(long roundId) {
    return new java.util.HashSet<>(reads.findAnsweringGuardians(roundId));
  }
}

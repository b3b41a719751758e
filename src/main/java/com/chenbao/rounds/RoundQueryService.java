package com.chenbao.rounds;

import com.chenbao.forms.AnswerValues;
import com.chenbao.forms.Subject;
import com.chenbao.rounds.RoundReadMapper.SubjectRow;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;

@Service
class RoundQueryService implements RoundQuery {

  private final RoundMapper rounds;
  private final RoundReadMapper reads;
  private final RoundResolver resolver;
  private final AnswerMapper answers;

  RoundQueryService(RoundMapper rounds, RoundReadMapper reads, RoundResolver resolver, AnswerMapper answers) {
    this.rounds = rounds;
    this.reads = reads;
    this.resolver = resolver;
    this.answers = answers;
  }

  @Override
  public Optional<RoundView> round(long schoolId, String formCode, LocalDate date) {
    return Optional.ofNullable(rounds.findRound(schoolId, formCode, date)).map(this::view);
  }

  RoundView view(RoundRow row) {
    return new RoundView(row.id(), row.schoolId(), row.formCode(), row.businessDate(), RoundStatus.of(row.status()),
        resolver.deadline(row), row.openedAt(), row.closedAt(), row.skipReason());
  }

  @Override
  public Optional<OpenRound> currentRound(long schoolId, String formCode, LocalDate date) {
    return Optional.ofNullable(rounds.findRound(schoolId, formCode, date))
        .filter(row -> !row.isSkipped())
        .map(row -> new OpenRound(row.id(), row.schoolId(), row.formCode(), row.businessDate(),
            resolver.deadline(row), row.closedAt()));
  }

  @Override
  public List<ExpectedSubject> expectedSubjects(long roundId) {
    return reads.findExpectedSubjects(roundId).stream().map(RoundQueryService::subject).toList();
  }

  private static ExpectedSubject subject(SubjectRow row) {
    String className = row.className() == null ? null : row.gradeName() + row.className();
    return new ExpectedSubject(Subject.Kind.valueOf(row.subjectKind().toUpperCase(Locale.ROOT)), row.subjectId(),
        row.name(), row.classId(), className, row.answered(), row.late());
  }

  @Override
  public List<ExpectedAnswer> expectedAnswers(long roundId) {
    return reads.findExpectedAnswers(roundId).stream()
        .map(row -> new ExpectedAnswer(Subject.Kind.valueOf(row.subjectKind().toUpperCase(Locale.ROOT)),
            row.subjectId(), row.name(), row.classId(), row.gradeName(), row.className(), row.answered(),
            row.answered() ? row.values() : AnswerValues.none()))
        .toList();
  }

  @Override
  public List<ExpectedChild> expectedChildrenOf(long roundId, long guardianId) {
    return reads.findExpectedChildren(roundId, guardianId).stream()
        .map(c -> new ExpectedChild(c.studentId(), c.name(), c.studentNo(), c.classId(), c.gradeName() + c.className(),
            c.answered()))
        .toList();
  }

  @Override
  public boolean isExpected(long roundId, Subject.Kind kind, long subjectId) {
    return reads.countExpected(roundId, kind.name().toLowerCase(Locale.ROOT), subjectId) > 0;
  }

  @Override
  public Optional<CurrentAnswer> currentAnswer(long roundId, Subject.Kind kind, long subjectId) {
    AnswerMapper.CurrentRow row =
        answers.findCurrent(new AnswerMapper.SubjectKey(roundId, kind.name().toLowerCase(Locale.ROOT), subjectId));
    if (row == null) {
      return Optional.empty();
    }
    AnswerValues values = row.values();
    return Optional.of(new CurrentAnswer(AnswererKind.valueOf(row.answeredByKind().toUpperCase(Locale.ROOT)),
        row.answeredById(), values, row.revision()));
  }
}

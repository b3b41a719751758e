package com.chenbao.rounds;

import com.chenbao.roster.RosterQuery;
import com.chenbao.roster.StudentView;
import com.chenbao.rounds.LeaveMapper.NewLeave;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class StudentLeavesService implements StudentLeaves {

  private final LeaveMapper leaves;
  private final Clock clock;

  private final RosterQuery roster;

  StudentLeavesService(LeaveMapper leaves, RosterQuery roster, Clock clock) {
    this.leaves = leaves;
    this.roster = roster;
    this.clock = clock;
  }

  @Override
  @Transactional
  public StudentLeave recordLeave(
      long schoolId,
      String studentNo,
      @Nullable LocalDate from,
      @Nullable LocalDate to,
      @Nullable String reason,
      String createdBy) {
    check(from, to, reason);
    StudentView student =
        roster
            .studentByNumber(schoolId, studentNo)
            .orElseThrow(() -> new UnknownStudent(studentNo));
    NewLeave leave =
        new NewLeave(student.id(), from, to, reason.strip(), createdBy, clock.instant());
    leaves.insertLeave(leave);
    int rounds = leaves.removeFromOpenRounds(student.id(), from, to);
    return new StudentLeave(
        Objects.requireNonNull(leave.id),
        student.id(),
        student.studentNo(),
        student.name(),
        from,
        to,
        leave.reason,
        rounds);
  }

  private static void check(
      @Nullable LocalDate from, @Nullable LocalDate to, @Nullable String reason) {
    if (from == null || to == null) {
      throw new InvalidLeave("missing-dates", Map.of());
    }
    if (to.isBefore(from)) {
      throw new InvalidLeave("order", Map.of("from", from, "to", to));
    }
    if (ChronoUnit.DAYS.between(from, to) + 1 > InvalidLeave.MAX_DAYS) {
      throw new InvalidLeave("too-long", Map.of("max", InvalidLeave.MAX_DAYS));
    }
    if (reason == null || reason.isBlank()) {
      throw new InvalidLeave("missing-reason", Map.of());
    }
    if (reason.strip().length() > InvalidLeave.MAX_REASON_LENGTH) {
      throw new InvalidLeave("reason-too-long", Map.of("max", InvalidLeave.MAX_REASON_LENGTH));
    }
  }
}

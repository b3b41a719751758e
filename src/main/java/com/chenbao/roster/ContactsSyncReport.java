package com.chenbao.roster;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What one home-school contacts sync did and found (docs/roster-sync.md). Phones are shown masked.
 * A sync that did not complete ({@code outcome} budget-exceeded or failed) changed nothing and
 * lists nothing but its reason.
 *
 * @param outcome {@code completed}, {@code budget-exceeded} or {@code failed}
 * @param changed whether any userId was written
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ContactsSyncReport(
    String school,
    String trigger,
    Instant startedAt,
    Instant finishedAt,
    String outcome,
    @Nullable String message,
    int calls,
    int maxCalls,
    boolean changed,
    Counts counts,
    List<FilledGuardian> filledGuardians,
    List<FilledStudent> filledStudents,
    List<DingTalkPerson> unmatchedDingtalkGuardians,
    List<RosterPerson> unmatchedRosterGuardians,
    List<DingTalkPerson> unmatchedDingtalkStudents,
    List<RosterPerson> unmatchedRosterStudents,
    List<String> unmatchedClasses,
    List<Conflict> conflicts) {

  static final String COMPLETED = "completed";
  static final String BUDGET_EXCEEDED = "budget-exceeded";
  static final String FAILED = "failed";

  record Counts(
      int dingtalkClasses,
      int dingtalkStudents,
      int dingtalkGuardians,
      int mobilesFetched,
      int guardiansFilled,
      int studentsFilled,
      int guardiansAlreadyLinked,
      int studentsAlreadyLinked) {

    static final Counts NONE = new Counts(0, 0, 0, 0, 0, 0, 0, 0);
  }

  record FilledGuardian(String name, String phone, String userId) {}

  record FilledStudent(String studentNo, String name, String userId) {}

  /**
   * Someone in the home-school contacts; {@code phone} only for guardians whose mobile was read.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record DingTalkPerson(
      String userId,
      @Nullable String name,
      @Nullable String phone,
      List<String> classes,
      @Nullable String studentNo) {}

  /** Someone in the roster; {@code key} is the student number or the guardian's masked phone. */
  record RosterPerson(String key, String name, String className) {}

  /**
   * A match that was not written. Kinds: {@code phone-shared} (one phone, two DingTalk guardians),
   * {@code guardian-has-other-userid}, {@code student-has-other-userid}, {@code
   * userid-on-other-student}, {@code student-name-differs}, {@code student-ambiguous}, {@code
   * matched-twice}.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Conflict(
      String kind,
      List<String> dingtalkUserIds,
      @Nullable String phone,
      @Nullable String rosterName,
      @Nullable String studentNo,
      @Nullable String storedUserId,
      @Nullable String dingtalkName) {}

  static ContactsSyncReport stopped(
      String school,
      String trigger,
      Instant startedAt,
      Instant finishedAt,
      String outcome,
      String message,
      int calls,
      int maxCalls) {
    return new ContactsSyncReport(
        school,
        trigger,
        startedAt,
        finishedAt,
        outcome,
        message,
        calls,
        maxCalls,
        false,
        Counts.NONE,
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of());
  }
}

package com.chenbao.roster;

import com.chenbao.roster.GuardianMapper.GuardianRow;
import com.chenbao.roster.GuardianMapper.LinkRow;
import com.chenbao.roster.GuardianMapper.NewGuardian;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Writes the guardians of a validated file (upsert by phone) and makes the guardian links of every
 * student in the file exactly those of the file. Runs inside the import's transaction, after {@link
 * StudentSync}.
 */
@Component
class GuardianSync {

  private final GuardianMapper guardians;

  GuardianSync(GuardianMapper guardians) {
    this.guardians = guardians;
  }

  /**
   * A guardian counts as updated if their name or DingTalk userId or any of their links changed; as
   * deactivated if before the import they had a child at the school and now have none.
   */
  RosterImportResult.ImportCounts apply(
      long schoolId,
      ValidatedRoster.Students file,
      Map<String, Long> studentIds,
      Set<Long> enrolledBefore,
      Instant now) {
    Map<String, GuardianRow> stored =
        guardians.findBySchool(schoolId).stream()
            .collect(Collectors.toMap(GuardianRow::phone, Function.identity()));
    Map<String, Long> idsByPhone = new HashMap<>();
    Set<Long> created = new HashSet<>();
    Set<Long> changed = new HashSet<>();
    for (ValidatedRoster.Guardian guardian : file.guardians().values()) {
      GuardianRow row = stored.get(guardian.phone());
      long id = row == null ? insert(schoolId, guardian, now) : row.id();
      if (row == null) {
        created.add(id);
      } else if (differs(row, guardian)) {
        guardians.update(id, guardian.name(), guardian.dingtalkUserId(), now);
        changed.add(id);
      }
      if (guardian.dingtalkUserId() != null) {
        guardians.releaseDingtalkUserId(schoolId, guardian.dingtalkUserId(), id, now);
      }
      idsByPhone.put(guardian.phone(), id);
    }
    changed.addAll(syncLinks(schoolId, file.links(), studentIds, idsByPhone, now));
    CountsBuilder counts = new CountsBuilder();
    idsByPhone.values().forEach(id -> counts.changed(!created.contains(id), changed.contains(id)));
    Set<Long> enrolledAfter = new HashSet<>(guardians.findIdsWithEnrolledStudents(schoolId));
    return counts.build(
        (int) enrolledBefore.stream().filter(id -> !enrolledAfter.contains(id)).count());
  }

  /** Returns the guardians whose links changed. */
  private Set<Long> syncLinks(
      long schoolId,
      List<ValidatedRoster.Link> links,
      Map<String, Long> studentIds,
      Map<String, Long> guardianIds,
      Instant now) {
    Map<Long, Map<Long, String>> wanted = new HashMap<>();
    for (ValidatedRoster.Link link : links) {
      wanted
          .computeIfAbsent(studentIds.get(link.studentNo()), s -> new HashMap<>())
          .put(guardianIds.get(link.phone()), link.relation());
    }
    Map<Long, Map<Long, String>> current = new HashMap<>();
    for (LinkRow row : guardians.findLinksBySchool(schoolId)) {
      current
          .computeIfAbsent(row.studentId(), s -> new HashMap<>())
          .put(row.guardianId(), row.relation());
    }
    Set<Long> changed = new HashSet<>();
    for (long studentId : studentIds.values()) {
      Map<Long, String> want = wanted.getOrDefault(studentId, Map.of());
      Map<Long, String> have = current.getOrDefault(studentId, Map.of());
      want.forEach(
          (guardianId, relation) -> {
            String old = have.get(guardianId);
            if (old == null) {
              guardians.insertLink(guardianId, studentId, relation, now);
            } else if (!old.equals(relation)) {
              guardians.updateLinkRelation(guardianId, studentId, relation);
            }
            if (!relation.equals(old)) {
              changed.add(guardianId);
            }
          });
      have.keySet().stream()
          .filter(guardianId -> !want.containsKey(guardianId))
          .forEach(
              guardianId -> {
                guardians.deleteLink(guardianId, studentId);
                changed.add(guardianId);
              });
    }
    return changed;
  }

  private long insert(long schoolId, ValidatedRoster.Guardian guardian, Instant now) {
    NewGuardian row = new NewGuardian(schoolId, guardian, now);
    guardians.insert(row);
    return Objects.requireNonNull(row.id);
  }

  /** An empty DingTalk userId in the file means "not known to the office", not "remove it". */
  private static boolean differs(GuardianRow row, ValidatedRoster.Guardian guardian) {
    return !row.name().equals(guardian.name())
        || (guardian.dingtalkUserId() != null
            && !guardian.dingtalkUserId().equals(row.dingtalkUserId()));
  }
}

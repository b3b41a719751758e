package com.chenbao.dingtalk;

import com.chenbao.messaging.CallPurpose;
import com.chenbao.roster.HomeSchoolContacts;
import com.chenbao.roster.HomeSchoolDirectory;
import com.chenbao.roster.HomeSchoolDirectory.EduClass;
import com.chenbao.roster.HomeSchoolDirectory.EduGuardian;
import com.chenbao.roster.HomeSchoolDirectory.EduRelation;
import com.chenbao.roster.HomeSchoolDirectory.EduStudent;
import com.chenbao.roster.HomeSchoolReadFailed;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Reads a school's home-school contacts: the department tree down to its class nodes, each class's
 * students and guardian-student relations, and the mobile of each guardian not yet known. Each read
 * gets its own {@link EduContactsClient} (so its calls can be counted against its budget), built by
 * {@code clients}.
 */
final class DingTalkHomeSchoolContacts implements HomeSchoolContacts {

  static final String CLASS_TYPE = "class";

  /**
   * A tree deeper than this is not a school's (campus, period, grade, class): stop rather than
   * loop.
   */
  static final int MAX_DEPTH = 8;

  static final int MAX_PAGES = 1000;

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final Function<ApiCallCounter, EduContactsClient> clients;

  /** {@code clients} builds a client whose every charged call goes to the given counter. */
  DingTalkHomeSchoolContacts(Function<ApiCallCounter, EduContactsClient> clients) {
    this.clients = clients;
  }

  /**
   * One DingTalk org per deployment for now: every school reads the configured app's contacts (a
   * deployment for several orgs will pick the school's credentials here).
   */
  static final String SYNC_PURPOSE = "roster_sync";

  @Override
  public HomeSchoolDirectory read(
      String schoolCode, Set<String> knownGuardianUserIds, int maxCalls) {
    Read read = new Read(maxCalls);
    read.client = clients.apply(api -> read.calls.incrementAndGet());
    try {
      // Counted against the quota as the sync's own purpose (docs/quota.md), not as "other".
      return CallPurpose.during(SYNC_PURPOSE, () -> read.all(knownGuardianUserIds));
    } catch (DingTalkApiException e) {
      throw new HomeSchoolReadFailed(
          HomeSchoolReadFailed.Reason.DINGTALK_ERROR, read.calls.get(), e.reason());
    }
  }

  /** One read: its budget, its calls and what it found. */
  private static final class Read {
    final int maxCalls;
    final AtomicInteger calls = new AtomicInteger();
    @Nullable EduContactsClient client;
    final List<EduClass> classes = new ArrayList<>();
    final List<EduStudent> students = new ArrayList<>();
    final List<EduRelation> relations = new ArrayList<>();
    final Map<String, List<String>> guardianClasses = new LinkedHashMap<>();

    Read(int maxCalls) {
      this.maxCalls = maxCalls;
    }

    HomeSchoolDirectory all(Set<String> knownGuardianUserIds) {
      walk(null, List.of());
      for (EduClass schoolClass : classes) {
        readClass(schoolClass.classId());
      }
      List<EduGuardian> guardians = new ArrayList<>();
      guardianClasses.forEach(
          (userId, classIds) ->
              guardians.add(
                  knownGuardianUserIds.contains(userId)
                      ? new EduGuardian(userId, null, null, classIds)
                      : fetchGuardian(userId, classIds)));
      return new HomeSchoolDirectory(classes, students, guardians, relations, calls.get());
    }

    private void walk(@Nullable String superId, List<String> path) {
      if (path.size() > MAX_DEPTH) {
        throw new DingTalkApiException(
            0,
            "TreeTooDeep",
            "department tree deeper than " + MAX_DEPTH,
            DingTalkApiException.Kind.REJECTED);
      }
      List<JsonNode> nodes = new ArrayList<>();
      pages(
          EduContactsClient.DEPT_LIST,
          body -> {
            if (superId != null) {
              body.put("super_id", Long.parseLong(superId));
            }
          },
          result -> result.path("details").forEach(nodes::add));
      for (JsonNode node : nodes) {
        String id = node.path("dept_id").asText();
        String name = node.path("name").asText("");
        if (CLASS_TYPE.equals(node.path("dept_type").asText())) {
          classes.add(new EduClass(id, name, path));
        } else {
          List<String> below = new ArrayList<>(path);
          below.add(name);
          walk(id, below);
        }
      }
    }

    private void readClass(String classId) {
      long id = Long.parseLong(classId);
      pages(
          EduContactsClient.USER_LIST,
          body -> body.put("class_id", id).put("role", "student"),
          result ->
              result
                  .path("details")
                  .forEach(
                      s ->
                          students.add(
                              new EduStudent(
                                  s.path("userid").asText(),
                                  s.path("name").asText(""),
                                  classId,
                                  studentNo(s.path("feature"))))));
      pages(
          EduContactsClient.RELATION_LIST,
          body -> body.put("class_id", id),
          result ->
              result
                  .path("relations")
                  .forEach(
                      r -> {
                        String guardian = r.path("from_userid").asText();
                        relations.add(
                            new EduRelation(
                                guardian,
                                r.path("to_userid").asText(),
                                r.path("relation_name").asText(""),
                                classId));
                        List<String> seenIn =
                            guardianClasses.computeIfAbsent(guardian, g -> new ArrayList<>());
                        if (!seenIn.contains(classId)) {
                          seenIn.add(classId);
                        }
                      }));
    }

    private EduGuardian fetchGuardian(String userId, List<String> classIds) {
      spend();
      ObjectNode body =
          EduContactsClient.body()
              .put("class_id", Long.parseLong(classIds.get(0)))
              .put("userid", userId)
              .put("role", "guardian");
      JsonNode details = client().call(EduContactsClient.USER_GET, body).path("details");
      JsonNode detail = details.isArray() && !details.isEmpty() ? details.get(0) : details;
      String mobile = detail.path("mobile").asText("");
      return new EduGuardian(
          userId, detail.path("name").asText(null), mobile.isBlank() ? null : mobile, classIds);
    }

    private void pages(String api, Consumer<ObjectNode> params, Consumer<JsonNode> onResult) {
      for (int page = 1; page <= MAX_PAGES; page++) {
        spend();
        ObjectNode body =
            EduContactsClient.body()
                .put("page_no", page)
                .put("page_size", EduContactsClient.PAGE_SIZE);
        params.accept(body);
        JsonNode result = client().call(api, body);
        onResult.accept(result);
        if (!result.path("has_more").asBoolean(false)) {
          return;
        }
      }
    }

    /**
     * Refuses the next request once the budget is used up (retries of earlier requests count too).
     */
    private void spend() {
      if (calls.get() >= maxCalls) {
        throw new HomeSchoolReadFailed(
            HomeSchoolReadFailed.Reason.BUDGET_EXCEEDED,
            calls.get(),
            "call budget of "
                + maxCalls
                + " used up after "
                + classes.size()
                + " classes, "
                + students.size()
                + " students and "
                + relations.size()
                + " relations");
      }
    }

    private EduContactsClient client() {
      if (client == null) {
        throw new IllegalStateException("no client");
      }
      return client;
    }
  }

  /**
   * The student number from an identity's feature, a JSON string such as {"student_no":"2026001"}.
   */
  static @Nullable String studentNo(JsonNode feature) {
    JsonNode parsed = feature;
    if (feature.isTextual()) {
      try {
        parsed = MAPPER.readTree(feature.asText());
      } catch (IOException e) {
        return null;
      }
    }
    String no = parsed == null ? "" : parsed.path("student_no").asText("").strip();
    return no.isEmpty() ? null : no;
  }
}

package com.chenbao.sandbox;

import com.chenbao.sandbox.SandboxHomeSchool.ClassNode;
import com.chenbao.sandbox.SandboxHomeSchool.Contacts;
import com.chenbao.sandbox.SandboxHomeSchool.Relation;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Conditional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * DingTalk's home-school contacts read APIs (old style, doc section 7) under the sandbox's oapi
 * base URL, serving {@link SandboxHomeSchool}: the department tree (campus, grades, classes), a
 * class's students and guardians, one person's details with the mobile, and a class's
 * guardian-student relations. Like DingTalk: HTTP 200 with an errcode, the access token in the
 * query, 1..30 per page, 20 QPS per API. Outages on demand through {@link SandboxFaults} (APIs
 * {@code eduDeptList}, {@code eduUserList}, {@code eduUserGet}, {@code eduRelationList}).
 */
@RestController
@Conditional(SandboxMode.class)
class SandboxEduController {

  static final String BASE = "/sandbox/oapi/topapi/edu";
  static final String CAMPUS_ID = "10000";
  static final int MAX_PAGE_SIZE = 30;

  private final SandboxHomeSchool homeSchool;
  private final SandboxTokens tokens;
  private final SandboxFaults faults;
  private final SlidingWindowLimit qps =
      new SlidingWindowLimit(SandboxOpenApiController.QPS, Duration.ofSeconds(1));

  SandboxEduController(SandboxHomeSchool homeSchool, SandboxTokens tokens, SandboxFaults faults) {
    this.homeSchool = homeSchool;
    this.tokens = tokens;
    this.faults = faults;
  }

  @PostMapping(BASE + "/dept/list")
  ResponseEntity<Map<String, Object>> deptList(
      @RequestParam(name = "access_token", required = false) @Nullable String token,
      @RequestBody JsonNode body) {
    return serve(
        "eduDeptList",
        token,
        body,
        true,
        contacts -> {
          String superId = body.hasNonNull("super_id") ? body.get("super_id").asText() : null;
          List<Map<String, Object>> nodes = new ArrayList<>();
          if (superId == null) {
            nodes.add(dept(CAMPUS_ID, contacts.campus(), "campus"));
          } else if (superId.equals(CAMPUS_ID)) {
            grades(contacts).forEach((grade, id) -> nodes.add(dept(id, grade, "grade")));
          } else {
            String grade =
                grades(contacts).entrySet().stream()
                    .filter(e -> e.getValue().equals(superId))
                    .map(Map.Entry::getKey)
                    .findFirst()
                    .orElse(null);
            contacts.classes().stream()
                .filter(c -> c.grade().equals(grade))
                .forEach(c -> nodes.add(dept(c.id(), c.name(), "class")));
          }
          return page(body, nodes, "details");
        });
  }

  @PostMapping(BASE + "/user/list")
  ResponseEntity<Map<String, Object>> userList(
      @RequestParam(name = "access_token", required = false) @Nullable String token,
      @RequestBody JsonNode body) {
    return serve(
        "eduUserList",
        token,
        body,
        true,
        contacts -> {
          String classId = classOf(contacts, body);
          String role = body.path("role").asText("");
          List<Map<String, Object>> people = new ArrayList<>();
          if (role.equals("student")) {
            contacts.students().stream()
                .filter(s -> s.classId().equals(classId))
                .forEach(
                    s ->
                        people.add(
                            person(
                                s.userId(),
                                s.name(),
                                "student",
                                classId,
                                feature(s.studentNo()),
                                null)));
          } else if (role.equals("guardian")) {
            guardiansOf(contacts, classId)
                .forEach(
                    g -> people.add(person(g.userId(), g.name(), "guardian", classId, "{}", null)));
          } else if (!role.equals("teacher")) {
            throw new Refused(40035, "role is invalid");
          }
          return page(body, people, "details");
        });
  }

  @PostMapping(BASE + "/user/get")
  ResponseEntity<Map<String, Object>> userGet(
      @RequestParam(name = "access_token", required = false) @Nullable String token,
      @RequestBody JsonNode body) {
    return serve(
        "eduUserGet",
        token,
        body,
        false,
        contacts -> {
          String classId = classOf(contacts, body);
          String userId = body.path("userid").asText("");
          String role = body.path("role").asText("");
          Map<String, Object> detail =
              switch (role) {
                case "guardian" ->
                    guardiansOf(contacts, classId).stream()
                        .filter(g -> g.userId().equals(userId))
                        .findFirst()
                        .map(
                            g ->
                                person(g.userId(), g.name(), "guardian", classId, "{}", g.mobile()))
                        .orElse(null);
                case "student" ->
                    contacts.students().stream()
                        .filter(s -> s.userId().equals(userId) && s.classId().equals(classId))
                        .findFirst()
                        .map(
                            s ->
                                person(
                                    s.userId(),
                                    s.name(),
                                    "student",
                                    classId,
                                    feature(s.studentNo()),
                                    ""))
                        .orElse(null);
                default -> throw new Refused(40035, "role is invalid");
              };
          if (detail == null) {
            throw new Refused(60121, "user not found in this class");
          }
          return Map.of("details", List.of(detail));
        });
  }

  @PostMapping(BASE + "/user/relation/list")
  ResponseEntity<Map<String, Object>> relationList(
      @RequestParam(name = "access_token", required = false) @Nullable String token,
      @RequestBody JsonNode body) {
    return serve(
        "eduRelationList",
        token,
        body,
        true,
        contacts -> {
          String classId = classOf(contacts, body);
          List<Map<String, Object>> relations = new ArrayList<>();
          contacts.relations().stream()
              .filter(r -> r.classId().equals(classId))
              .forEach(r -> relations.add(relation(r)));
          return page(body, relations, "relations");
        });
  }

  /** Token, paging parameters, outages and the QPS limit in DingTalk's order, then the answer. */
  private ResponseEntity<Map<String, Object>> serve(
      String api,
      @Nullable String token,
      JsonNode body,
      boolean paged,
      java.util.function.Function<Contacts, Map<String, Object>> answer) {
    if (token == null || token.isBlank()) {
      return answer(40000, "access_token is blank", null);
    }
    if (!tokens.isValid(token)) {
      return ResponseEntity.ok(
          Map.of(
              "errcode",
              88,
              "sub_code",
              "40014",
              "sub_msg",
              "invalid access_token",
              "errmsg",
              "invalid access_token",
              "request_id",
              UUID.randomUUID().toString()));
    }
    int outage = faults.take(api);
    if (outage != 0) {
      return ResponseEntity.status(HttpStatus.valueOf(outage))
          .body(Map.of("errcode", -1, "errmsg", "system busy"));
    }
    if (!qps.tryAcquire(api)) {
      return answer(90018, "qps limit for appkey and api", null);
    }
    try {
      if (paged) {
        checkPaging(body);
      }
      return answer(0, "ok", answer.apply(homeSchool.current()));
    } catch (Refused refused) {
      return answer(refused.errcode, refused.getMessage(), null);
    }
  }

  private static void checkPaging(JsonNode body) {
    int pageNo = body.path("page_no").asInt(0);
    int pageSize = body.path("page_size").asInt(0);
    if (pageNo < 1 || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
      throw new Refused(40035, "page_no must be >= 1 and page_size 1..30");
    }
  }

  private static Map<String, Object> page(
      JsonNode body, List<Map<String, Object>> all, String listName) {
    int size = body.path("page_size").asInt();
    int from = Math.min(all.size(), (body.path("page_no").asInt() - 1) * size);
    int to = Math.min(all.size(), from + size);
    Map<String, Object> result = new LinkedHashMap<>();
    result.put(listName, all.subList(from, to));
    result.put("has_more", to < all.size());
    return result;
  }

  private static String classOf(Contacts contacts, JsonNode body) {
    String classId = body.path("class_id").asText("");
    if (contacts.classes().stream().noneMatch(c -> c.id().equals(classId))) {
      throw new Refused(60003, "class does not exist");
    }
    return classId;
  }

  private static Map<String, String> grades(Contacts contacts) {
    Map<String, String> grades = new LinkedHashMap<>();
    for (ClassNode c : contacts.classes()) {
      grades.putIfAbsent(c.grade(), Integer.toString(20_001 + grades.size()));
    }
    return grades;
  }

  private static List<SandboxHomeSchool.Guardian> guardiansOf(Contacts contacts, String classId) {
    List<String> ids =
        contacts.relations().stream()
            .filter(r -> r.classId().equals(classId))
            .map(Relation::guardianUserId)
            .distinct()
            .toList();
    return contacts.guardians().stream().filter(g -> ids.contains(g.userId())).toList();
  }

  private static Map<String, Object> dept(String id, String name, String type) {
    Map<String, Object> node = new LinkedHashMap<>();
    node.put("dept_id", Long.parseLong(id));
    node.put("name", name);
    node.put("nick", "");
    node.put("dept_type", type);
    node.put("contact_type", "");
    node.put("feature", "");
    return node;
  }

  private static Map<String, Object> person(
      String userId,
      String name,
      String role,
      String classId,
      String feature,
      @Nullable String mobile) {
    Map<String, Object> person = new LinkedHashMap<>();
    person.put("userid", userId);
    person.put("unionid", role.equals("student") ? "" : "union-" + userId);
    person.put("name", name);
    person.put("role", role);
    person.put("class_id", Long.parseLong(classId));
    person.put("feature", feature);
    if (mobile != null) {
      person.put("mobile", mobile);
    }
    return person;
  }

  private static Map<String, Object> relation(Relation r) {
    Map<String, Object> relation = new LinkedHashMap<>();
    relation.put("from_userid", r.guardianUserId());
    relation.put("to_userid", r.studentUserId());
    relation.put("relation_name", r.relation());
    relation.put("relation_code", "");
    relation.put("class_id", Long.parseLong(r.classId()));
    return relation;
  }

  private static String feature(@Nullable String studentNo) {
    return studentNo == null ? "{}" : "{\"student_no\":\"" + studentNo.replace("\"", "") + "\"}";
  }

  private static ResponseEntity<Map<String, Object>> answer(
      int errcode, String errmsg, @Nullable Map<String, Object> result) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("errcode", errcode);
    body.put("errmsg", errmsg);
    body.put("success", errcode == 0);
    body.put("request_id", UUID.randomUUID().toString());
    if (result != null) {
      body.put("result", result);
    }
    return ResponseEntity.ok(body);
  }

  /** A request DingTalk would refuse with this errcode. */
  private static final class Refused extends RuntimeException {
    final int errcode;

    Refused(int errcode, String message) {
      super(message);
      this.errcode = errcode;
    }
  }
}

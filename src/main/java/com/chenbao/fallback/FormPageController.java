package com.chenbao.fallback;

import com.chenbao.delivery.DeliveryLedger;
import com.chenbao.delivery.Recipient;
import com.chenbao.forms.AnswerValues;
import com.chenbao.forms.Form;
import com.chenbao.forms.FormCatalog;
import com.chenbao.forms.Option;
import com.chenbao.forms.Question;
import com.chenbao.forms.Subject;
import com.chenbao.roster.School;
import com.chenbao.roster.SchoolDirectory;
import com.chenbao.rounds.AnswerRecorder;
import com.chenbao.rounds.AnswererKind;
import com.chenbao.rounds.CurrentAnswer;
import com.chenbao.rounds.ExpectedChild;
import com.chenbao.rounds.RoundQuery;
import com.chenbao.rounds.RoundStatus;
import com.chenbao.rounds.RoundView;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * The guardian's web form behind a personal link, {@code /f/<token>}: reachable without the admin
 * token (the token's signature is its authority), for the link's guardian and their children
 * expected in the round only. The page is one static shell ({@code fallback-ui/form.html}) with the
 * model (texts from bot-templates, the form's questions, the children) embedded as JSON; answers
 * are posted back as JSON and stored through the rounds' {@link AnswerRecorder}, like a chat reply.
 * One submission per child and day: a child already answered (by either guardian, in the chat or
 * here) shows what is stored; corrections go through the class teacher.
 *
 * <p>A forged or changed link is 403, an expired one 410, a day without a round 404: each a Chinese
 * page, and nothing is stored.
 */
@RestController
class FormPageController {

  static final String PATH = "/f/";
  private static final String SHELL = "/fallback-ui/form.html";
  private static final String CSP =
      "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; "
          + "connect-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

  private final LinkSigner signer;
  private final RoundQuery rounds;
  private final SchoolDirectory schools;
  private final FormCatalog forms;
  private final AnswerRecorder recorder;
  private final DeliveryLedger ledger;
  private final FallbackTexts texts;
  private final ObjectMapper json;
  private final Clock clock;
  private final String shell;

  FormPageController(
      LinkSigner signer,
      RoundQuery rounds,
      SchoolDirectory schools,
      FormCatalog forms,
      AnswerRecorder recorder,
      DeliveryLedger ledger,
      FallbackTexts texts,
      ObjectMapper json,
      Clock clock) {
    this.signer = signer;
    this.rounds = rounds;
    this.schools = schools;
    this.forms = forms;
    this.recorder = recorder;
    this.ledger = ledger;
    this.texts = texts;
    this.json = json;
    this.clock = clock;
    this.shell = readShell();
  }

  /** A link that opens: its round, school, form and the guardian's children in the round. */
  private record Opened(
      LinkSigner.Claims claims,
      RoundView round,
      School school,
      Form form,
      List<ExpectedChild> children) {}

  /** Either an opened link or the refusal to show (status and Chinese message). */
  private record Access(@Nullable Opened opened, HttpStatus status, String message) {}

  @GetMapping(value = PATH + "{token}", produces = MediaType.TEXT_HTML_VALUE)
  ResponseEntity<String> page(@PathVariable String token) {
    Access access = open(token);
    Opened opened = access.opened();
    if (opened == null) {
      return html(access.status(), texts.render("fallback.error.title"), access.message(), null);
    }
    ledger.recordReached(
        "r"
            + opened.round().id()
            + ":guardian:"
            + opened.claims().guardianId()
            + ":"
            + FallbackService.LINK_KIND,
        opened.round().id(),
        FallbackService.LINK_KIND,
        new Recipient.Person("guardian", opened.claims().guardianId(), null));
    return html(
        HttpStatus.OK,
        texts.render("fallback.page.title", Map.of("form", opened.form().name())),
        "",
        model(opened));
  }

  /** Body: {@code {"student": id, "allNormal": bool, "answers": {question id: value}}}. */
  @PostMapping(value = PATH + "{token}", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Map<String, Object>> submit(
      @PathVariable String token, @RequestBody JsonNode body) {
    Access access = open(token);
    Opened opened = access.opened();
    if (opened == null) {
      return problem(access.status(), access.message());
    }
    long studentId = body.path("student").asLong(-1);
    Optional<ExpectedChild> child =
        opened.children().stream().filter(c -> c.studentId() == studentId).findFirst();
    if (child.isEmpty()) {
      return problem(HttpStatus.FORBIDDEN, texts.render("fallback.error.not-your-child"));
    }
    Optional<CurrentAnswer> stored =
        rounds.currentAnswer(opened.round().id(), Subject.Kind.STUDENT, studentId);
    if (stored.isPresent()) {
      Map<String, Object> already = answered(opened, child.get(), stored.get().values());
      already.put(
          "error",
          texts.render(
              "fallback.page.already",
              Map.of("answer", AnswerForm.describe(opened.form(), stored.get().values(), texts))));
      return ResponseEntity.status(HttpStatus.CONFLICT)
          .cacheControl(CacheControl.noStore())
          .body(already);
    }
    AnswerForm.Read read =
        new AnswerForm(opened.form(), texts)
            .read(body.path("allNormal").asBoolean(false), body.path("answers"));
    AnswerValues values = read.values();
    if (values == null) {
      return problem(HttpStatus.BAD_REQUEST, String.valueOf(read.problem()));
    }
    Instant now = clock.instant();
    String msgId =
        "link:" + opened.round().id() + ":" + opened.claims().guardianId() + ":" + studentId;
    recorder.record(
        opened.round().id(),
        Subject.Kind.STUDENT,
        studentId,
        AnswererKind.GUARDIAN,
        opened.claims().guardianId(),
        values,
        rawText(body),
        msgId,
        now);
    AnswerValues storedNow =
        rounds
            .currentAnswer(opened.round().id(), Subject.Kind.STUDENT, studentId)
            .map(CurrentAnswer::values)
            .orElse(values);
    Map<String, Object> answer = answered(opened, child.get(), storedNow);
    answer.put("message", texts.render("fallback.page.thanks"));
    return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(answer);
  }

  private Access open(String token) {
    LinkSigner.Checked checked = signer.check(token);
    LinkSigner.Claims claims = checked.claims();
    if (claims == null) {
      return refused(HttpStatus.FORBIDDEN, texts.render("fallback.error.invalid"));
    }
    Optional<School> school = schools.findSchool(claims.schoolId());
    if (school.isEmpty()) {
      return refused(HttpStatus.FORBIDDEN, texts.render("fallback.error.invalid"));
    }
    Optional<RoundView> round = rounds.round(claims.schoolId(), claims.formCode(), claims.date());
    String deadline =
        FallbackTexts.clock(
            round.map(RoundView::deadline).orElse(claims.expiry()), school.get().zone());
    Map<String, Object> when = Map.of("date", texts.date(claims.date()), "deadline", deadline);
    if (!checked.valid()) {
      return refused(HttpStatus.GONE, texts.render("fallback.error.expired", when));
    }
    if (round.isEmpty() || round.get().status() == RoundStatus.SKIPPED) {
      return refused(HttpStatus.NOT_FOUND, texts.render("fallback.error.no-round"));
    }
    if (!clock.instant().isBefore(round.get().deadline()) || round.get().closedAt() != null) {
      return refused(HttpStatus.GONE, texts.render("fallback.error.expired", when));
    }
    Form form = forms.form(claims.formCode());
    List<ExpectedChild> children = rounds.expectedChildrenOf(round.get().id(), claims.guardianId());
    if (children.isEmpty()) {
      return refused(HttpStatus.NOT_FOUND, texts.render("fallback.error.no-children"));
    }
    return new Access(
        new Opened(claims, round.get(), school.get(), form, children), HttpStatus.OK, "");
  }

  private static Access refused(HttpStatus status, String message) {
    return new Access(null, status, message);
  }

  private Map<String, Object> model(Opened opened) {
    Form form = opened.form();
    Map<String, Object> model = new LinkedHashMap<>();
    String deadline = FallbackTexts.clock(opened.round().deadline(), opened.school().zone());
    String date = texts.date(opened.round().date());
    Map<String, String> t = new LinkedHashMap<>();
    t.put(
        "heading",
        texts.render("fallback.page.heading", Map.of("form", form.name(), "date", date)));
    t.put("intro", texts.render("fallback.page.intro", Map.of("deadline", deadline)));
    t.put("allNormal", texts.allNormal(form));
    for (String key :
        List.of(
            "all-normal-hint",
            "details-hint",
            "submit",
            "sending",
            "answer-yes",
            "answer-no",
            "none",
            "travel-place",
            "temperature-placeholder",
            "correct-hint",
            "answered-all",
            "network-error")) {
      t.put(key, texts.render("fallback.page." + key));
    }
    model.put("texts", t);
    List<Map<String, Object>> questions = new ArrayList<>();
    for (Question q : form.questions()) {
      Map<String, Object> question = new LinkedHashMap<>();
      question.put("id", q.id());
      question.put("label", q.label());
      question.put("type", q.type().code());
      if (q.unit() != null) {
        question.put("unit", q.unit());
      }
      if (q.range() != null) {
        question.put("min", q.range().min());
        question.put("max", q.range().max());
      }
      List<Map<String, String>> options = new ArrayList<>();
      for (Option o : q.options()) {
        options.add(Map.of("code", o.code(), "label", o.label()));
      }
      question.put("options", options);
      questions.add(question);
    }
    model.put("questions", questions);
    List<Map<String, Object>> children = new ArrayList<>();
    for (ExpectedChild c : opened.children()) {
      Optional<CurrentAnswer> stored =
          rounds.currentAnswer(opened.round().id(), Subject.Kind.STUDENT, c.studentId());
      children.add(
          stored.map(a -> answered(opened, c, a.values())).orElseGet(() -> child(c, false)));
    }
    model.put("children", children);
    return model;
  }

  private Map<String, Object> child(ExpectedChild c, boolean answered) {
    Map<String, Object> child = new LinkedHashMap<>();
    child.put("id", c.studentId());
    child.put(
        "heading",
        texts.render(
            "fallback.page.child-heading",
            Map.of("student", c.name(), "class_name", c.className())));
    child.put("answered", answered);
    return child;
  }

  private Map<String, Object> answered(Opened opened, ExpectedChild c, AnswerValues values) {
    Map<String, Object> child = child(c, true);
    child.put(
        "stored",
        texts.render(
            "fallback.page.stored",
            Map.of("answer", AnswerForm.describe(opened.form(), values, texts))));
    return child;
  }

  /**
   * What the guardian filled, as the revision's raw text (the form's own field names and values).
   */
  private String rawText(JsonNode body) {
    Map<String, Object> raw = new LinkedHashMap<>();
    raw.put("via", "web-form");
    raw.put("allNormal", body.path("allNormal").asBoolean(false));
    raw.put("answers", body.path("answers"));
    try {
      String text = json.writeValueAsString(raw);
      return text.length() > 2000 ? text.substring(0, 2000) : text;
    } catch (JsonProcessingException e) {
      return "web-form";
    }
  }

  private ResponseEntity<Map<String, Object>> problem(HttpStatus status, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error", message);
    return ResponseEntity.status(status).cacheControl(CacheControl.noStore()).body(body);
  }

  private ResponseEntity<String> html(
      HttpStatus status, String title, String message, @Nullable Map<String, Object> model) {
    String modelJson;
    try {
      modelJson = model == null ? "null" : json.writeValueAsString(model);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write the form's model", e);
    }
    // Inside <script>, "<" must not start a tag: JSON allows it escaped.
    String page =
        shell
            .replace("{{title}}", HtmlUtils.htmlEscape(title))
            .replace("{{message}}", HtmlUtils.htmlEscape(message))
            .replace(
                "{{model}}",
                modelJson.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"));
    return ResponseEntity.status(status)
        .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
        .cacheControl(CacheControl.noStore())
        .header("Content-Security-Policy", CSP)
        .header("Referrer-Policy", "no-referrer")
        .header("X-Robots-Tag", "noindex, nofollow")
        .header("X-Content-Type-Options", "nosniff")
        .body(page);
  }

  private static String readShell() {
    try (InputStream in = FormPageController.class.getResourceAsStream(SHELL)) {
      if (in == null) {
        throw new IllegalStateException(SHELL + " missing from the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

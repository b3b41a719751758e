package com.chenbao.conversation;

import com.chenbao.forms.AnswerValues;
import com.chenbao.forms.Question;
import com.chenbao.forms.Subject;
import com.chenbao.messaging.InboundChatMessage;
import com.chenbao.roster.GuardianView;
import com.chenbao.roster.RosterQuery;
import com.chenbao.rounds.AnswerRecorder;
import com.chenbao.rounds.AnswererKind;
import com.chenbao.rounds.CurrentAnswer;
import com.chenbao.rounds.ExpectedChild;
import com.chenbao.rounds.LeaveRequests;
import com.chenbao.rounds.RecordedAnswer;
import com.chenbao.rounds.RoundQuery;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Records what a reply says and words the answer to it: a receipt that reads back what is stored
 * and says what is still missing, and the follow-up question when the parser has one. What a reply
 * says for certain is stored at once, also beside a question ("la duzi le" stores the diarrhoea and
 * asks for the temperature), so an abnormal report raises its alert now. A child already fully
 * answered by another guardian is not overwritten unless the reply is a correction: the sender is
 * told what was recorded.
 */
@Component
class AnswerReplies {

  private final AnswerRecorder recorder;
  private final RoundQuery rounds;
  private final RosterQuery roster;
  private final LeaveRequests leaveRequests;
  private final ConversationTexts texts;

  AnswerReplies(
      AnswerRecorder recorder,
      RoundQuery rounds,
      RosterQuery roster,
      LeaveRequests leaveRequests,
      ConversationTexts texts) {
    this.recorder = recorder;
    this.rounds = rounds;
    this.roster = roster;
    this.leaveRequests = leaveRequests;
    this.texts = texts;
  }

  /** A reply that answers without a question back. */
  String answers(
      Answering a, ParsedReply.Answers answers, InboundChatMessage message, Instant now) {
    return record(a, answers, null, message, now);
  }

  /**
   * A reply with a follow-up question: what it said for certain is stored first, then the question
   * is asked.
   */
  String followUp(
      Answering a, ParsedReply.FollowUp followUp, InboundChatMessage message, Instant now) {
    if (followUp.partial() == null) {
      return question(a, followUp);
    }
    return record(a, followUp.partial(), followUp, message, now);
  }

  private String record(
      Answering a,
      ParsedReply.Answers reply,
      ParsedReply.@Nullable FollowUp question,
      InboundChatMessage message,
      Instant now) {
    ParsedReply.Answers answers = reply;
    ParsedReply.FollowUp followUp = question;
    if (answers.unassigned() && (a.asStaff() || a.children().size() == 1)) {
      // "kesou 36.5 36.8" for one subject: the cough stands, the two temperatures are asked about.
      ParsedReply.FollowUp several =
          ParsedReply.FollowUp.of(FollowUpReason.SEVERAL_TEMPERATURES, message.text());
      AnswerValues rest = withoutTemperatures(a, answers);
      if (rest.isEmpty() && !answers.leave()) {
        return question(a, several);
      }
      answers =
          new ParsedReply.Answers(
              List.of(new ChildAnswer(null, rest)),
              answers.correction(),
              answers.leave(),
              answers.everyone());
      followUp = several;
    }
    if (a.asStaff()) {
      return recordStaff(a, answers, followUp, message, now);
    }
    return recordChildren(a, answers, followUp, message, now);
  }

  private String recordChildren(
      Answering a,
      ParsedReply.Answers answers,
      ParsedReply.@Nullable FollowUp followUp,
      InboundChatMessage message,
      Instant now) {
    Optional<Map<ExpectedChild, ChildAnswer>> assigned =
        ChildAssignment.assign(answers, a.children());
    if (assigned.isEmpty() || assigned.get().isEmpty()) {
      // One child: never "which child?" — the reply has more than one value for it.
      return a.children().size() == 1
          ? question(
              a, ParsedReply.FollowUp.of(FollowUpReason.SEVERAL_TEMPERATURES, message.text()))
          : whichChild(a);
    }
    GuardianView guardian = Objects.requireNonNull(a.sender().guardian());
    List<RecordedSubject> recorded = new ArrayList<>();
    List<String> alreadyAnswered = new ArrayList<>();
    List<String> leaveFor = new ArrayList<>();
    assigned
        .get()
        .forEach(
            (child, answer) -> {
              if (answers.leave()) {
                leaveRequests.request(
                    a.round().roundId(),
                    child.studentId(),
                    guardian.id(),
                    message.text(),
                    message.msgId(),
                    now);
                leaveFor.add(child.name());
              }
              if (answer.values().isEmpty()) {
                return;
              }
              Optional<CurrentAnswer> current =
                  rounds.currentAnswer(
                      a.round().roundId(), Subject.Kind.STUDENT, child.studentId());
              boolean byAnother =
                  current
                      .filter(
                          c ->
                              c.answeredByKind() != AnswererKind.GUARDIAN
                                  || c.answeredById() != guardian.id())
                      .isPresent();
              boolean complete =
                  current.filter(c -> a.form().missing(c.values()).isEmpty()).isPresent();
              if (byAnother && complete && !answers.correction()) {
                alreadyAnswered.add(alreadyAnswered(a, child, current.get()));
              } else {
                recorded.add(
                    new RecordedSubject(
                        child.name(),
                        recorder.record(
                            a.round().roundId(),
                            Subject.Kind.STUDENT,
                            child.studentId(),
                            AnswererKind.GUARDIAN,
                            guardian.id(),
                            answer.values(),
                            message.text(),
                            message.msgId(),
                            now)));
              }
            });
    List<String> parts = new ArrayList<>();
    if (!recorded.isEmpty()) {
      parts.add(receipt(a, recorded, followUp));
    }
    parts.addAll(alreadyAnswered);
    if (!leaveFor.isEmpty()) {
      parts.add(
          texts.render(
              "form.receipt.leave-requested",
              Map.of("students", String.join(texts.separator(), leaveFor))));
    }
    if (followUp != null
        && !(followUp.reason() == FollowUpReason.MISSING_TEMPERATURE && !recorded.isEmpty())
        && !(followUp.reason() == FollowUpReason.SEVERAL_TEMPERATURES
            && recorded.isEmpty()
            && !alreadyAnswered.isEmpty())) {
      parts.add(question(a, followUp));
    }
    othersMissing(a, assigned.get()).ifPresent(parts::add);
    return String.join("\n\n", parts);
  }

  private String recordStaff(
      Answering a,
      ParsedReply.Answers answers,
      ParsedReply.@Nullable FollowUp followUp,
      InboundChatMessage message,
      Instant now) {
    if (answers.children().size() != 1) {
      return question(
          a, ParsedReply.FollowUp.of(FollowUpReason.SEVERAL_TEMPERATURES, message.text()));
    }
    AnswerValues values = answers.children().get(0).values();
    if (values.isEmpty()) {
      return followUp != null ? question(a, followUp) : texts.render("form.ask.unclear");
    }
    long staffId = Objects.requireNonNull(a.sender().staff()).id();
    RecordedAnswer result =
        recorder.record(
            a.round().roundId(),
            Subject.Kind.STAFF,
            staffId,
            AnswererKind.STAFF,
            staffId,
            values,
            message.text(),
            message.msgId(),
            now);
    String receipt =
        receipt(a, List.of(new RecordedSubject(a.sender().staff().name(), result)), followUp);
    boolean missingAsked =
        followUp != null && followUp.reason() == FollowUpReason.MISSING_TEMPERATURE;
    return followUp == null || missingAsked ? receipt : receipt + "\n\n" + question(a, followUp);
  }

  /**
   * What several unnamed answers say besides their temperatures, a question they disagree on left
   * out.
   */
  private static AnswerValues withoutTemperatures(Answering a, ParsedReply.Answers answers) {
    AnswerValues combined = AnswerValues.none();
    java.util.Set<String> disputed = new java.util.HashSet<>();
    for (ChildAnswer answer : answers.children()) {
      AnswerValues v =
          answer.values().gave("temperature")
              ? answer.values().without("temperature")
              : answer.values();
      for (String id : v.given()) {
        if (combined.gave(id) && !Objects.equals(combined.valueOf(id), v.valueOf(id))) {
          disputed.add(id);
        }
      }
      combined = a.form().merge(combined, v);
    }
    for (String id : disputed) {
      combined = combined.without(id);
    }
    return combined;
  }

  /** One recorded subject: the name the receipt shows and what the recorder stored. */
  private record RecordedSubject(String subject, RecordedAnswer result) {}

  /**
   * One line per subject reading back what is stored, then what each still lacks (asked for here,
   * so a missing temperature is not asked twice), and the advice when anything is anomalous.
   */
  private String receipt(
      Answering a, List<RecordedSubject> recorded, ParsedReply.@Nullable FollowUp followUp) {
    String lines =
        String.join(
            "\n",
            recorded.stream()
                .map(
                    r ->
                        texts.render(
                            "form.receipt.line",
                            Map.of(
                                "subject",
                                r.subject(),
                                "summary",
                                texts.summary(a.form(), r.result().stored()))))
                .toList());
    String text;
    if (recorded.stream().anyMatch(r -> r.result().late())) {
      text = texts.render("form.receipt.late", Map.of("deadline", deadline(a), "lines", lines));
    } else if (recorded.stream()
        .anyMatch(r -> r.result().revision() > 1 && !r.result().duplicate())) {
      text = texts.render("form.receipt.corrected", Map.of("lines", lines));
    } else {
      text = texts.render("form.receipt.recorded", Map.of("lines", lines));
    }
    List<String> missing = new ArrayList<>();
    for (RecordedSubject r : recorded) {
      List<Question> lacking = a.form().missing(r.result().stored());
      if (!lacking.isEmpty()) {
        missing.add(
            texts.render(
                "form.receipt.missing",
                Map.of(
                    "subject",
                    r.subject(),
                    "questions",
                    String.join(
                        texts.separator(), lacking.stream().map(Question::label).toList()))));
      }
    }
    if (!missing.isEmpty()) {
      text = text + "\n\n" + String.join("\n", missing);
    }
    boolean anomaly =
        recorded.stream().anyMatch(r -> !a.form().evaluate(r.result().stored()).isEmpty());
    return anomaly ? text + "\n\n" + texts.render("form.receipt.anomaly-advice") : text;
  }

  /**
   * Children of the guardian still without any answer after this reply, when the reply named some.
   */
  private Optional<String> othersMissing(Answering a, Map<ExpectedChild, ChildAnswer> assigned) {
    if (a.children().size() < 2) {
      return Optional.empty();
    }
    List<ExpectedChild> unanswered =
        a.children().stream()
            .filter(c -> !assigned.containsKey(c) || assigned.get(c).values().isEmpty())
            .filter(
                c ->
                    rounds
                        .currentAnswer(a.round().roundId(), Subject.Kind.STUDENT, c.studentId())
                        .isEmpty())
            .toList();
    if (unanswered.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        texts.render(
            "form.receipt.others-missing",
            Map.of(
                "students",
                String.join(
                    texts.separator(), unanswered.stream().map(ExpectedChild::name).toList()),
                "example",
                givenName(unanswered.get(0).name()) + new BigDecimal("36.5"))));
  }

  private String alreadyAnswered(Answering a, ExpectedChild child, CurrentAnswer current) {
    String relation =
        roster.guardiansOfStudent(child.studentId()).stream()
            .filter(g -> g.id() == current.answeredById())
            .findFirst()
            .map(g -> g.relation() != null ? g.relation() : g.name())
            .orElse("");
    return texts.render(
        "form.receipt.already-answered",
        Map.of(
            "student",
            child.name(),
            "relation",
            relation,
            "summary",
            texts.summary(a.form(), current.values())));
  }

  /** The follow-up question for the reason. */
  String question(Answering a, ParsedReply.FollowUp followUp) {
    Map<String, Object> values = new HashMap<>();
    values.put("input", followUp.detail());
    values.put("temperature", followUp.suggestion() == null ? "" : followUp.suggestion());
    values.put("deadline", deadline(a));
    Optional<Question> temperature = a.form().findQuestion("temperature");
    values.put("min", temperature.map(Question::range).map(r -> (Object) r.min()).orElse(""));
    values.put("max", temperature.map(Question::range).map(r -> (Object) r.max()).orElse(""));
    values.put("subject", subject(a, followUp));
    return texts.render(followUp.reason().textKey(), values);
  }

  private String subject(Answering a, ParsedReply.FollowUp followUp) {
    if (!followUp.detail().isBlank() && followUp.reason() == FollowUpReason.MISSING_TEMPERATURE) {
      return followUp.detail();
    }
    if (a.asStaff()) {
      return Objects.requireNonNull(a.sender().staff()).name();
    }
    return String.join(texts.separator(), a.childNames());
  }

  String whichChild(Answering a) {
    List<ExpectedChild> children = a.children();
    return texts.render(
        "form.ask.which-child",
        Map.of(
            "count",
            children.size(),
            "students",
            String.join(texts.separator(), a.childNames()),
            "example",
            example(children)));
  }

  /** The opening of the first reply of the day to a guardian: the children they report for. */
  String intro(Answering a) {
    List<ExpectedChild> children = a.children();
    Map<String, Object> values =
        Map.of(
            "students",
            String.join(texts.separator(), a.childNames()),
            "deadline",
            deadline(a),
            "example",
            example(children));
    return texts.render(
        children.size() > 1 ? "form.intro.guardian-several" : "form.intro.guardian", values);
  }

  private static String example(List<ExpectedChild> children) {
    return givenName(children.get(0).name())
        + new BigDecimal("36.5")
        + (children.size() > 1
            ? " " + givenName(children.get(1).name()) + new BigDecimal("36.8")
            : "");
  }

  String deadline(Answering a) {
    return texts.clock(a.round().deadline(), a.sender().school().zone());
  }

  /**
   * The name without the family name's one character, as guardians type it (the parser knows both).
   */
  private static String givenName(String fullName) {
    return fullName.length() >= 3 ? fullName.substring(1) : fullName;
  }
}

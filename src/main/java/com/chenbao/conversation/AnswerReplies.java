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
import org.springframework.stereotype.Component;

/**
 * Records the answers of a reply and words the receipt, or asks the follow-up question and records
 * nothing. A child already answered by another guardian is not overwritten unless the reply is a
 * correction: the sender is told what was recorded and how to correct it.
 */
@Component
class AnswerReplies {

  private final AnswerRecorder recorder;
  private final RoundQuery rounds;
  private final RosterQuery roster;
  private final ConversationTexts texts;

  AnswerReplies(AnswerRecorder recorder, RoundQuery rounds, RosterQuery roster, ConversationTexts texts) {
    this.recorder = recorder;
    this.rounds = rounds;
    this.roster = roster;
    this.texts = texts;
  }

  String answers(Answering a, ParsedReply.Answers answers, InboundChatMessage message, Instant now) {
    if (a.asStaff()) {
      if (answers.children().size() != 1) {
        return followUp(a, ParsedReply.FollowUp.of(FollowUpReason.SEVERAL_TEMPERATURES, message.text()));
      }
      RecordedSubject staff = new RecordedSubject(Objects.requireNonNull(a.sender().staff()).name(),
          answers.children().get(0).values(), record(a, Subject.Kind.STAFF, a.sender().staff().id(),
              AnswererKind.STAFF, answers.children().get(0).values(), message, now));
      return receipt(a, List.of(staff));
    }
    if (answers.unassigned() && a.children().size() == 1) {
      return followUp(a, ParsedReply.FollowUp.of(FollowUpReason.SEVERAL_TEMPERATURES, message.text()));
    }
    Optional<Map<ExpectedChild, ChildAnswer>> assigned = ChildAssignment.assign(answers, a.children());
    if (assigned.isEmpty() || assigned.get().isEmpty()) {
      return whichChild(a);
    }
    GuardianView guardian = Objects.requireNonNull(a.sender().guardian());
    List<RecordedSubject> recorded = new ArrayList<>();
    List<String> alreadyAnswered = new ArrayList<>();
    assigned.get().forEach((child, answer) -> {
      Optional<CurrentAnswer> current = rounds.currentAnswer(a.round().roundId(), Subject.Kind.STUDENT, child.studentId());
      boolean byAnother = current.filter(c -> c.answeredByKind() != AnswererKind.GUARDIAN
          || c.answeredById() != guardian.id()).isPresent();
      if (byAnother && !answers.correction()) {
        alreadyAnswered.add(alreadyAnswered(a, child, current.get()));
      } else {
        recorded.add(new RecordedSubject(child.name(), answer.values(), record(a, Subject.Kind.STUDENT, child.studentId(),
            AnswererKind.GUARDIAN, answer.values(), message, now)));
      }
    });
    List<String> parts = new ArrayList<>();
    if (!recorded.isEmpty()) {
      parts.add(receipt(a, recorded));
    }
    parts.addAll(alreadyAnswered);
    return String.join("\n\n", parts);
  }

  /** One recorded subject: the name the receipt shows, the values and what the recorder did. */
  private record RecordedSubject(String subject, AnswerValues values, RecordedAnswer result) {}

  private RecordedAnswer record(Answering a, Subject.Kind kind, long subjectId, AnswererKind by, AnswerValues values,
      InboundChatMessage message, Instant now) {
    long answeredById = by == AnswererKind.STAFF ? Objects.requireNonNull(a.sender().staff()).id()
        : Objects.requireNonNull(a.sender().guardian()).id();
    return recorder.record(a.round().roundId(), kind, subjectId, by, answeredById, values, message.text(),
        message.msgId(), now);
  }

  private String receipt(Answering a, List<RecordedSubject> recorded) {
    String lines = String.join("\n", recorded.stream()
        .map(r -> texts.render("morning-report.receipt.line", Map.of("subject", r.subject(), "summary", texts.summary(a.form(), r.values()))))
        .toList());
    String text;
    if (recorded.stream().anyMatch(r -> r.result().late())) {
      text = texts.render("morning-report.receipt.late", Map.of("deadline", deadline(a), "lines", lines));
    } else if (recorded.stream().anyMatch(r -> r.result().revision() > 1)) {
      text = texts.render("morning-report.receipt.corrected", Map.of("lines", lines));
    } else {
      text = texts.render("morning-report.receipt.recorded", Map.of("lines", lines));
    }
    boolean anomaly = recorded.stream().anyMatch(r -> !a.form().evaluate(r.values()).isEmpty());
    return anomaly ? text + "\n\n" + texts.render("morning-report.receipt.anomaly-advice") : text;
  }

  private String alreadyAnswered(Answering a, ExpectedChild child, CurrentAnswer current) {
    String relation = roster.guardiansOfStudent(child.studentId()).stream()
        .filter(g -> g.id() == current.answeredById()).findFirst()
        .map(g -> g.relation() != null ? g.relation() : g.name()).orElse("");
    return texts.render("morning-report.receipt.already-answered", Map.of("student", child.name(), "relation", relation,
        "summary", texts.summary(a.form(), current.values())));
  }

  /** The follow-up question for the reason; nothing is recorded. */
  String followUp(Answering a, ParsedReply.FollowUp followUp) {
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
    String example = givenName(children.get(0).name()) + new BigDecimal("36.5")
        + (children.size() > 1 ? " " + givenName(children.get(1).name()) + new BigDecimal("36.8") : "");
    return texts.render("morning-report.ask.which-child", Map.of("count", children.size(),
        "students", String.join(texts.separator(), a.childNames()), "example", example));
  }

  String deadline(Answering a) {
    return texts.clock(a.round().deadline(), a.sender().school().zone());
  }

  /** The name without the family name's one character, as guardians type it (the parser knows both). */
  private static String givenName(String fullName) {
    return fullName.length() >= 3 ? fullName.substring(1) : fullName;
  }
}

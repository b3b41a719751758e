package com.chenbao.conversation;

import com.chenbao.forms.Form;
import com.chenbao.forms.FormCatalog;
import com.chenbao.forms.Subject;
import com.chenbao.messaging.InboundChatMessage;
import com.chenbao.messaging.InboundMessageHandler;
import com.chenbao.messaging.InboundReplier;
import com.chenbao.messaging.InboundReply;
import com.chenbao.roster.ClassView;
import com.chenbao.rounds.ExpectedChild;
import com.chenbao.rounds.OpenRound;
import com.chenbao.rounds.RoundQuery;
import com.chenbao.schoolday.ClassMessage;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Answers every 1:1 message: finds the sender in the rosters, reads the reply against today's
 * morning report and records answers, asks a follow-up, or runs a command (see
 * docs/conversation.md, "The handler"). Being an {@link InboundMessageHandler} bean, it makes the
 * adapter's default help-only handler back off.
 *
 * <p>A person who is both a guardian and a staff member answers for their expected children when
 * they have any today, else for themself. A redelivered message (its first handling failed) is
 * recorded once: the recorder ignores a msgId it already has, and the receipt is sent again.
 */
@Component
class ConversationHandler implements InboundMessageHandler {

  /** The product's default cut-off, for help texts on a day without a round. */
  private static final LocalTime DEFAULT_CUTOFF = LocalTime.of(8, 0);

  private static final Logger log = LoggerFactory.getLogger(ConversationHandler.class);

  private final SenderDirectory senders;
  private final RoundQuery rounds;
  private final FormCatalog forms;
  private final ReplyParser parser;
  private final AnswerReplies answers;
  private final TeacherCommandReplies teacherCommands;
  private final ConversationTexts texts;
  private final InboundReplier replier;
  private final GuardianIntroMapper intros;
  private final Clock clock;

  ConversationHandler(
      SenderDirectory senders,
      RoundQuery rounds,
      FormCatalog forms,
      ReplyParser parser,
      AnswerReplies answers,
      TeacherCommandReplies teacherCommands,
      ConversationTexts texts,
      InboundReplier replier,
      GuardianIntroMapper intros,
      Clock clock) {
    this.senders = senders;
    this.rounds = rounds;
    this.forms = forms;
    this.parser = parser;
    this.answers = answers;
    this.teacherCommands = teacherCommands;
    this.texts = texts;
    this.replier = replier;
    this.intros = intros;
    this.clock = clock;
  }

  @Override
  public void onMessage(InboundChatMessage message) {
    // A chat reply answers the round of a daily form (the first one with a round today, by code).
    List<Form> daily = forms.daily();
    Form firstDaily = daily.get(0);
    Optional<Sender> sender = Optional.ofNullable(message.senderUserId()).flatMap(senders::find);
    if (sender.isEmpty()) {
      log.info("Message {} from unknown sender {}", message.msgId(), message.senderUserId());
      reply(message, firstDaily.name(), texts.render("form.unknown-sender"));
      return;
    }
    Instant now = clock.instant();
    Sender from = sender.get();
    LocalDate today = LocalDate.ofInstant(now, from.school().zone());
    Optional<OpenRound> round = Optional.empty();
    Form answered = firstDaily;
    for (Form candidate : daily) {
      round = rounds.currentRound(from.school().id(), candidate.code(), today);
      if (round.isPresent()) {
        answered = candidate;
        break;
      }
    }
    Form form = answered;
    Optional<Answering> answering = round.flatMap(r -> answering(from, r, form));
    ParsedReply parsed = parse(message.text(), form, from, answering.orElse(null));
    if (parsed instanceof ParsedReply.Command command) {
      command(message, from, form, today, round.orElse(null), answering.orElse(null), command);
      return;
    }
    if (answering.isEmpty()) {
      reply(message, form.name(), texts.render("form.no-round"));
      return;
    }
    String text;
    if (parsed instanceof ParsedReply.Answers given) {
      text = answers.answers(answering.get(), given, message, now);
    } else if (parsed instanceof ParsedReply.FollowUp followUp) {
      text = answers.followUp(answering.get(), followUp, message, now);
    } else {
      text = texts.render("form.ask.unclear");
    }
    replyAnswering(message, form.name(), answering.get(), text, now);
  }

  /**
   * A reply to someone answering today. The push is the same for every guardian and names nobody,
   * so the first reply of the round to a guardian starts with the children they report for; it is
   * marked as said only once the reply went out (a redelivered message whose reply failed says it
   * again).
   */
  private void replyAnswering(
      InboundChatMessage message, String title, Answering answering, String text, Instant now) {
    if (answering.asStaff()) {
      reply(message, title, text);
      return;
    }
    long roundId = answering.round().roundId();
    long guardianId = Objects.requireNonNull(answering.sender().guardian()).id();
    if (intros.exists(roundId, guardianId)) {
      // The prompt names nobody (docs/quota.md), so a later reply that names no child (a question,
      // "not
      // understood") opens with the children again: every reply tells the guardian whom it is
      // about.
      boolean namesAChild = answering.childNames().stream().anyMatch(text::contains);
      reply(message, title, namesAChild ? text : answers.intro(answering) + "\n\n" + text);
      return;
    }
    reply(message, title, answers.intro(answering) + "\n\n" + text);
    intros.insertIgnore(roundId, guardianId, now);
  }

  /**
   * A guardian's reply is read without the class teachers' commands ("jintian qingjia" is a leave
   * request, "tixing" nothing), also when the guardian is staff but no class teacher. A class
   * teacher who is a guardian keeps the commands, unless the qingjia is no command of theirs (no
   * student, no days): then it is their child's.
   */
  private ParsedReply parse(String text, Form form, Sender sender, @Nullable Answering answering) {
    boolean asGuardian = answering != null && !answering.asStaff();
    List<String> names = asGuardian ? answering.childNames() : List.of();
    if (asGuardian && sender.taughtClass() == null) {
      return parser.parse(text, form, names, false);
    }
    ParsedReply parsed =
        parser.parse(text, form, names, sender.taughtClass() != null || sender.guardian() == null);
    if (asGuardian
        && parsed instanceof ParsedReply.FollowUp f
        && f.reason() == FollowUpReason.LEAVE_INCOMPLETE) {
      return parser.parse(text, form, names, false);
    }
    return parsed;
  }

  /**
   * Whom the sender answers for today: their expected children, else themself if expected as staff.
   */
  private Optional<Answering> answering(Sender sender, OpenRound round, Form form) {
    if (sender.guardian() != null) {
      List<ExpectedChild> children =
          rounds.expectedChildrenOf(round.roundId(), sender.guardian().id());
      if (!children.isEmpty()) {
        return Optional.of(new Answering(sender, round, form, children));
      }
    }
    if (sender.staff() != null
        && rounds.isExpected(round.roundId(), Subject.Kind.STAFF, sender.staff().id())) {
      return Optional.of(new Answering(sender, round, form, List.of()));
    }
    return Optional.empty();
  }

  private void command(
      InboundChatMessage message,
      Sender sender,
      Form form,
      LocalDate today,
      @Nullable OpenRound round,
      @Nullable Answering answering,
      ParsedReply.Command command) {
    ClassView taught = sender.taughtClass();
    String deadline =
        round != null
            ? texts.clock(round.deadline(), sender.school().zone())
            : texts.clock(
                today.atTime(DEFAULT_CUTOFF).atZone(sender.school().zone()).toInstant(),
                sender.school().zone());
    switch (command.kind()) {
      case HELP -> {
        String help = sender.guardian() != null ? "form.help.guardian" : "form.help.staff";
        reply(
            message,
            form.name(),
            taught != null
                ? texts.render("form.teacher.commands")
                : texts.render(help, Map.of("deadline", deadline)));
      }
      case REPORT_DETAILS -> {
        String details =
            texts.render(
                answering != null && answering.children().size() > 1
                    ? "form.ask.details-several"
                    : "form.ask.details");
        if (answering == null) {
          reply(message, form.name(), details);
        } else {
          replyAnswering(message, form.name(), answering, details, clock.instant());
        }
      }
      case MISSING, REMIND, TALLY, LEAVE -> {
        if (taught == null) {
          reply(message, form.name(), texts.render("form.teacher.not-teacher"));
        } else {
          teacherCommand(message, sender, form, round, taught, command);
        }
      }
    }
  }

  private void teacherCommand(
      InboundChatMessage message,
      Sender sender,
      Form form,
      @Nullable OpenRound round,
      ClassView taught,
      ParsedReply.Command command) {
    if (command.kind() == CommandKind.LEAVE) {
      reply(
          message,
          form.name(),
          teacherCommands.leave(
              taught,
              Objects.requireNonNull(command.leave()),
              sender,
              Objects.requireNonNull(message.senderUserId()),
              message.text()));
      return;
    }
    if (round == null) {
      reply(message, form.name(), texts.render("form.no-round"));
      return;
    }
    switch (command.kind()) {
      case MISSING -> reply(message, teacherCommands.missing(taught, round, form.name()));
      case TALLY -> reply(message, teacherCommands.tally(taught, round, form.name()));
      default -> reply(message, form.name(), teacherCommands.remind(taught, round, sender));
    }
  }

  private void reply(InboundChatMessage message, ClassMessage classMessage) {
    replier.reply(message, InboundReply.markdown(classMessage.title(), classMessage.text()));
  }

  /** Replies are markdown: the texts use bold for what to tap or type. */
  private void reply(InboundChatMessage message, String title, String text) {
    replier.reply(message, InboundReply.markdown(title, text));
  }
}

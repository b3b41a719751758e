package com.chenbao.conversation;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What one reply says, as {@link ReplyParser} reads it. The parser never guesses: anything
 * ambiguous or out of range is a {@link FollowUp}, never a silently adjusted {@link Answers}.
 */
public sealed interface ParsedReply {

  /**
   * Answers for one or more subjects.
   *
   * <p>Who each answer is for: a single answer without a {@link ChildAnswer#child() child} applies
   * to every expected subject of the sender (the only child, the staff member, or all children:
   * "quanjia zhengchang"). Among answers that name children, one answer without a child is {@link
   * #forOthers()}: it was typed before any name and applies to every child the reply does not name
   * ("quanjia zhengchang, dabao 36.8"). Several answers that name no child are {@link
   * #unassigned()}: values typed one after another ("36.5 37.2"); the caller decides with the
   * number of children (the parser never maps them by order itself; see docs/conversation.md).
   *
   * @param children at least one; in the order typed
   * @param correction the reply corrects an earlier answer (gengzheng, gaicheng, xiecuole)
   * @param leave a guardian keeps the child at home today (qingjia, zai jia xiuxi): a leave request
   *     for the class teacher, besides whatever the answers say
   * @param everyone the reply says it is for every child (quanjia, liangge dou, haizimen)
   */
  record Answers(List<ChildAnswer> children, boolean correction, boolean leave, boolean everyone)
      implements ParsedReply {

    public Answers(List<ChildAnswer> children, boolean correction) {
      this(children, correction, false, false);
    }

    public Answers {
      children = List.copyOf(children);
      if (children.isEmpty()) {
        throw new IllegalArgumentException("Answers need at least one child answer");
      }
    }

    /** Several answers, none naming its child: the caller must decide whose they are. */
    public boolean unassigned() {
      return children.size() > 1 && children.stream().allMatch(c -> c.child() == null);
    }

    /** The answer for the children the reply does not name, when other answers name theirs. */
    public java.util.Optional<ChildAnswer> forOthers() {
      boolean someNamed = children.stream().anyMatch(c -> c.child() != null);
      return someNamed
          ? children.stream().filter(c -> c.child() == null).findFirst()
          : java.util.Optional.empty();
    }

    /** One answer that names no child: it applies to every subject the sender answers for. */
    public boolean forEveryone() {
      return children.size() == 1 && children.get(0).child() == null;
    }
  }

  /**
   * The reply needs a follow-up question. What it said for certain is {@code partial}: the caller
   * stores it at once (so an abnormal report raises its alert now) and asks the question for the
   * rest.
   *
   * @param detail the part of the reply the question is about, as typed (e.g. {@code 365}); may be
   *     empty
   * @param suggestion the temperature the parser thinks was meant (365 -> 36.5, 98.6 F -> 37.0), to
   *     ask "did you mean"; null for other reasons
   * @param partial what the reply said for certain (a doubtful temperature and self-contradicting
   *     answers left out); null when it said nothing else
   */
  record FollowUp(
      FollowUpReason reason,
      String detail,
      @Nullable BigDecimal suggestion,
      @Nullable Answers partial)
      implements ParsedReply {

    public static FollowUp of(FollowUpReason reason, String detail) {
      return new FollowUp(reason, detail, null, null);
    }
  }

  /**
   * A command rather than an answer: help, or a class teacher's command. The caller checks that the
   * sender may use it.
   *
   * @param leave the leave to record, exactly when {@code kind} is {@link CommandKind#LEAVE}
   */
  record Command(CommandKind kind, @Nullable LeaveRequest leave) implements ParsedReply {

    public Command {
      if ((kind == CommandKind.LEAVE) != (leave != null)) {
        throw new IllegalArgumentException(
            "A leave command carries its leave request, and only it");
      }
    }

    public static Command of(CommandKind kind) {
      return new Command(kind, null);
    }
  }

  /**
   * Nothing in the reply answers the form or names a command (a greeting, a sticker, a question).
   */
  record Unclear() implements ParsedReply {}
}

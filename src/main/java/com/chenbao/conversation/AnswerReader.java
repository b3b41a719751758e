package com.chenbao.conversation;

import com.chenbao.forms.Form;
import java.util.ArrayList;
import java.util.List;

/**
 * From the tokens of a reply to its answers: splits it into parts per child, reads each part's
 * facts, assembles the answers and picks the follow-up to ask when one is needed: a problem with a
 * number or a contradiction first, then a missing temperature or an unspecified symptom. The
 * follow-up carries what the reply said for certain, to be stored while the question is asked.
 */
final class AnswerReader {

  private AnswerReader() {}

  static ParsedReply read(List<Token> tokens, Form form) {
    boolean correction = tokens.stream().anyMatch(t -> t.is(Token.Kind.CORRECTION));
    List<AnswerAssembler.Part> parts = parts(tokens);
    if (parts.stream().noneMatch(p -> p.facts().hasContent())
        && parts.stream().allMatch(p -> p.child() == null)) {
      return correction
          ? ParsedReply.FollowUp.of(FollowUpReason.CORRECTION_WITHOUT_ANSWER, "")
          : new ParsedReply.Unclear();
    }
    List<AnswerAssembler.Assembled> assembled =
        parts.stream().map(p -> AnswerAssembler.assemble(p, form)).toList();
    boolean leave = parts.stream().anyMatch(p -> p.facts().leave);
    ParsedReply.Answers answers =
        new ParsedReply.Answers(
            assembled.stream().map(AnswerAssembler.Assembled::answer).toList(),
            correction,
            leave,
            tokens.stream().anyMatch(t -> t.is(Token.Kind.EVERYONE)));
    ParsedReply.FollowUp followUp =
        assembled.stream()
            .filter(a -> a.followUp() != null && !a.soft())
            .map(AnswerAssembler.Assembled::followUp)
            .findFirst()
            .or(
                () ->
                    assembled.stream()
                        .filter(AnswerAssembler.Assembled::soft)
                        .map(AnswerAssembler.Assembled::followUp)
                        .findFirst())
            .orElse(null);
    if (followUp == null) {
      return answers;
    }
    boolean saidSomething =
        answers.children().stream().anyMatch(c -> !c.values().isEmpty()) || leave;
    return new ParsedReply.FollowUp(
        followUp.reason(),
        followUp.detail(),
        followUp.suggestion(),
        saidSomething ? answers : null);
  }

  private static List<AnswerAssembler.Part> parts(List<Token> tokens) {
    List<ReplyStructure.Segment> segments = new ArrayList<>(ReplyStructure.segments(tokens));
    List<Token> shared = segments.get(0).tokens();
    List<AnswerAssembler.Part> parts = new ArrayList<>();
    if (segments.size() == 1) {
      for (List<Token> piece : ReplyStructure.byTemperature(shared)) {
        parts.add(new AnswerAssembler.Part(null, "", ClauseReader.read(piece)));
      }
      return parts;
    }
    // "yiming 36.6, yinuo 36.8, liangge dou lvma": a last clause for everyone, after the named
    // answers.
    ReplyStructure.Segment last = segments.get(segments.size() - 1);
    int cut = trailingSharedStart(last.tokens());
    Facts trailing = new Facts();
    if (cut >= 0) {
      trailing = ClauseReader.read(last.tokens().subList(cut, last.tokens().size()));
      segments.set(
          segments.size() - 1,
          new ReplyStructure.Segment(last.refs(), last.label(), last.tokens().subList(0, cut)));
    }
    Facts sharedFacts = ClauseReader.read(shared);
    if (!sharedFacts.temperatures.isEmpty() || sharedFacts.allNormal) {
      // "quanjia zhengchang, dabao 36.8": an answer before any name is for the children not named.
      parts.add(new AnswerAssembler.Part(null, "", sharedFacts));
    }
    for (ReplyStructure.Segment segment : segments.subList(1, segments.size())) {
      for (ChildRef ref : segment.refs()) {
        Facts facts = ClauseReader.read(segment.tokens());
        facts.takeDefaultsFrom(trailing);
        facts.takeDefaultsFrom(sharedFacts);
        parts.add(new AnswerAssembler.Part(ref, segment.label(), facts));
      }
    }
    return parts;
  }

  /**
   * Where a clause for every child starts in the last named part: the first clause (after a
   * separator) holding an "everyone" word (dou, liangge) once the part has answered for its own
   * child; -1 if none.
   */
  private static int trailingSharedStart(List<Token> tokens) {
    int clauseStart = 0;
    for (int k = 0; k < tokens.size(); k++) {
      Token t = tokens.get(k);
      if (t.is(Token.Kind.SEPARATOR)) {
        clauseStart = k + 1;
      } else if (t.is(Token.Kind.EVERYONE)
          && clauseStart > 0
          && ReplyStructure.hasAnswerWords(tokens.subList(0, clauseStart))) {
        return clauseStart;
      }
    }
    return -1;
  }
}

package com.chenbao.conversation;

import com.chenbao.forms.Form;
import java.util.ArrayList;
import java.util.List;

/**
 * From the tokens of a reply to its answers: splits it into parts per child, reads each part's facts,
 * assembles the answers and picks the follow-up to ask when one is needed. A problem that makes a number
 * unusable (out of range, 365, two temperatures, a contradiction) is asked about alone; a missing
 * temperature or an unspecified symptom is asked about with the rest of the reply as its partial answer.
 */
final class AnswerReader {

  private AnswerReader() {}

  static ParsedReply read(List<Token> tokens, Form form) {
    boolean correction = tokens.stream().anyMatch(t -> t.is(Token.Kind.CORRECTION));
    List<AnswerAssembler.Part> parts = parts(tokens);
    if (parts.stream().noneMatch(p -> p.facts().hasContent()) && parts.stream().allMatch(p -> p.child() == null)) {
      return correction
          ? ParsedReply.FollowUp.of(FollowUpReason.CORRECTION_WITHOUT_ANSWER, "")
          : new ParsedReply.Unclear();
    }
    List<AnswerAssembler.Assembled> assembled = parts.stream().map(p -> AnswerAssembler.assemble(p, form)).toList();
    for (AnswerAssembler.Assembled a : assembled) {
      if (a.followUp() != null && !a.soft()) {
        return a.followUp();
      }
    }
    ParsedReply.Answers answers =
        new ParsedReply.Answers(assembled.stream().map(AnswerAssembler.Assembled::answer).toList(), correction);
    return assembled.stream()
        .filter(AnswerAssembler.Assembled::soft)
        .findFirst()
        .<ParsedReply>map(a -> new ParsedReply.FollowUp(a.followUp().reason(), a.followUp().detail(), null, answers))
        .orElse(answers);
  }

  private static List<AnswerAssembler.Part> parts(List<Token> tokens) {
    List<ReplyStructure.Segment> segments = ReplyStructure.segments(tokens);
    List<Token> shared = segments.get(0).tokens();
    List<AnswerAssembler.Part> parts = new ArrayList<>();
    if (segments.size() == 1) {
      for (List<Token> piece : ReplyStructure.byTemperature(shared)) {
        parts.add(new AnswerAssembler.Part(null, "", ClauseReader.read(piece)));
      }
      return parts;
    }
    Facts sharedFacts = ClauseReader.read(shared);
    if (!sharedFacts.temperatures.isEmpty() || sharedFacts.allNormal) {
      // "quanjia zhengchang, dabao 36.8": an answer before any name is for the children not named.
      parts.add(new AnswerAssembler.Part(null, "", sharedFacts));
    }
    for (ReplyStructure.Segment segment : segments.subList(1, segments.size())) {
      for (ChildRef ref : segment.refs()) {
        Facts facts = ClauseReader.read(segment.tokens());
        facts.takeDefaultsFrom(sharedFacts);
        parts.add(new AnswerAssembler.Part(ref, segment.label(), facts));
      }
    }
    return parts;
  }
}

package com.chenbao.conversation;

import com.chenbao.rounds.ExpectedChild;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Whose answer is whose: maps a reply's answers onto a guardian's expected children (eldest first, the
 * order of {@code expectedChildrenOf}). Never guesses: empty means the bot must ask which child.
 */
final class ChildAssignment {

  private ChildAssignment() {}

  /**
   * The answer for each child the reply is about, in the children's order; empty when a reference names no
   * child, names two, two answers land on one child, or several answers name nobody among several children.
   * Values that name nobody for a single child are the caller's several-temperatures question.
   */
  static Optional<Map<ExpectedChild, ChildAnswer>> assign(ParsedReply.Answers answers, List<ExpectedChild> children) {
    Map<ExpectedChild, ChildAnswer> assigned = new LinkedHashMap<>();
    if (answers.forEveryone()) {
      children.forEach(child -> assigned.put(child, answers.children().get(0)));
      return Optional.of(assigned);
    }
    if (answers.unassigned()) {
      return Optional.empty();
    }
    for (ChildAnswer answer : answers.children()) {
      if (answer.child() == null) {
        continue;
      }
      Optional<ExpectedChild> child = resolve(answer.child(), children);
      if (child.isEmpty() || assigned.containsKey(child.get())) {
        return Optional.empty();
      }
      assigned.put(child.get(), answer);
    }
    Optional<ChildAnswer> others = answers.forOthers();
    others.ifPresent(answer -> children.stream().filter(c -> !assigned.containsKey(c))
        .forEach(c -> assigned.put(c, answer)));
    Map<ExpectedChild, ChildAnswer> ordered = new LinkedHashMap<>();
    children.stream().filter(assigned::containsKey).forEach(c -> ordered.put(c, assigned.get(c)));
    return Optional.of(ordered);
  }

  private static Optional<ExpectedChild> resolve(ChildRef ref, List<ExpectedChild> children) {
    if (ref instanceof ChildRef.Name name) {
      List<ExpectedChild> matching = children.stream().filter(c -> name.matches(c.name())).toList();
      return matching.size() == 1 ? Optional.of(matching.get(0)) : Optional.empty();
    }
    return ref.indexAmong(children.size()).map(children::get);
  }
}

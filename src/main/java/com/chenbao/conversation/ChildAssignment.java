package com.chenbao.conversation;

import com.chenbao.rounds.ExpectedChild;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Whose answer is whose: maps a reply's answers onto a guardian's expected children (eldest first,
 * the order of {@code expectedChildrenOf}). Never guesses: empty means the bot must ask which
 * child.
 */
final class ChildAssignment {

  private ChildAssignment() {}

  /**
   * The answer for each child the reply is about, in the children's order; empty when a reference
   * names no child, names two, two answers land on one child, or several answers name nobody among
   * several children. Values that name nobody for a single child are the caller's
   * several-temperatures question. One unnamed answer is for every child only when it says so
   * (quanjia, liangge dou), is the attestation, or is empty (a leave request alone).
   */
  static Optional<Map<ExpectedChild, ChildAnswer>> assign(
      ParsedReply.Answers answers, List<ExpectedChild> children) {
    Map<ExpectedChild, ChildAnswer> assigned = new LinkedHashMap<>();
    if (children.size() == 1 && answers.children().size() == 1) {
      // One child: whatever the reply calls them (a nickname, a typo of the name), it is about that
      // child.
      assigned.put(children.get(0), answers.children().get(0));
      return Optional.of(assigned);
    }
    if (answers.forEveryone()) {
      ChildAnswer answer = answers.children().get(0);
      if (children.size() > 1
          && !answers.everyone()
          && !answer.values().isEmpty()
          && !(answer.values().allNormal() && !answer.values().gave("temperature"))) {
        // "36.8" or "kesou" from a parent of two: the bot does not put one child's values on both.
        return Optional.empty();
      }
      children.forEach(child -> assigned.put(child, answer));
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
    others.ifPresent(
        answer ->
            children.stream()
                .filter(c -> !assigned.containsKey(c))
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

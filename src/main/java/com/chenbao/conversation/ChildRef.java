package com.chenbao.conversation;

import java.util.Optional;

/**
 * How a reply names one of the sender's children: by position (dabao, laoer, xiaobao) or by name
 * ("Xiaoming 36.5").
 */
public sealed interface ChildRef {

  /**
   * The index of the child this reference names among {@code count} children ordered eldest first,
   * or empty when it names none of them (laosan with two children). Always empty for a {@link
   * Name}.
   */
  Optional<Integer> indexAmong(int count);

  /** The n-th child, eldest first (1 = eldest: dabao, laoda, gege, jiejie). */
  record Position(int position) implements ChildRef {

    public Position {
      if (position < 1) {
        throw new IllegalArgumentException("Positions start at 1: " + position);
      }
    }

    @Override
    public Optional<Integer> indexAmong(int count) {
      return position <= count ? Optional.of(position - 1) : Optional.empty();
    }
  }

  /**
   * The youngest child (xiaobao, didi, meimei); with two children the same as {@code Position(2)}.
   */
  record Youngest() implements ChildRef {

    @Override
    public Optional<Integer> indexAmong(int count) {
      return count > 0 ? Optional.of(count - 1) : Optional.empty();
    }
  }

  /**
   * A name or part of one, as typed (Xiaoming for Wang Xiaoming). When the caller passed the
   * children's names to the parser it is one of them or a given name; otherwise it is an unknown
   * word typed where a name goes, and the caller must check it against the children.
   */
  record Name(String fragment) implements ChildRef {

    /** True if {@code fullName} contains the typed fragment. */
    public boolean matches(String fullName) {
      return fullName.contains(fragment);
    }

    @Override
    public Optional<Integer> indexAmong(int count) {
      return Optional.empty();
    }
  }
}

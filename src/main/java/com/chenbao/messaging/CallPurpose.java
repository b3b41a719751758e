package com.chenbao.messaging;

import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * What the DingTalk calls made on this thread are for ({@code prompt}, {@code remind}, {@code
 * teacher_list}, {@code tally}, {@code alert}, {@code reply} ...), so the adapter's quota
 * accounting can count each call by purpose without the port's methods carrying it. The sender of a
 * message sets it around the send (the delivery ledger uses the delivery's kind); an adapter that
 * hands work to other threads carries it over with {@link #wrap}. Calls made outside any purpose
 * count as {@link #OTHER}.
 */
public final class CallPurpose {

  public static final String OTHER = "other";

  /** A 1:1 robot message answering an inbound message whose session webhook has expired. */
  public static final String REPLY = "reply";

  private static final ThreadLocal<@Nullable String> CURRENT = new ThreadLocal<>();

  private CallPurpose() {}

  /** The purpose of calls made now on this thread. */
  public static String current() {
    String purpose = CURRENT.get();
    return purpose == null ? OTHER : purpose;
  }

  /**
   * Runs {@code work} with {@code purpose} as the current purpose, restoring the previous one
   * after.
   */
  public static <T> T during(String purpose, Supplier<T> work) {
    String previous = CURRENT.get();
    CURRENT.set(purpose);
    try {
      return work.get();
    } finally {
      if (previous == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(previous);
      }
    }
  }

  /** {@code work} bound to this thread's current purpose, to run on another thread. */
  public static <T> Supplier<T> wrap(Supplier<T> work) {
    String purpose = current();
    return () -> during(purpose, work);
  }
}

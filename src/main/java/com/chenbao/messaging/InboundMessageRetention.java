package com.chenbao.messaging;

import java.time.Instant;

/**
 * The stored raw inbound messages (sender nickname and text) for the retention purge; implemented
 * by the adapter that stores them.
 */
public interface InboundMessageRetention {

  /** Deletes the messages received before {@code cutoff}; returns how many. */
  int purgeReceivedBefore(Instant cutoff);
}

package com.chenbao.dingtalk.inbound;

import com.chenbao.messaging.InboundMessageRetention;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * Old raw messages go in batches, so the purge never holds a long lock on a table the callbacks
 * write to.
 */
@Component
class InboundRetention implements InboundMessageRetention {

  private static final int BATCH = 5_000;

  private final InboundMessageMapper mapper;

  InboundRetention(InboundMessageMapper mapper) {
    this.mapper = mapper;
  }

  @Override
  public int purgeReceivedBefore(Instant cutoff) {
    int total = 0;
    for (int n = mapper.deleteReceivedBefore(cutoff, BATCH);
        n > 0;
        n = mapper.deleteReceivedBefore(cutoff, BATCH)) {
      total += n;
    }
    return total;
  }
}

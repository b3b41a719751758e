package com.chenbao.delivery;

/**
 * What one call did with its deliveries.
 *
 * @param sent accepted by DingTalk in this call
 * @param alreadyDone handled by an earlier call (sent, undeliverable, given up, or an unknown
 *     outcome not yet stale)
 * @param inProgress another run is sending it right now (or it waits in its module's queue)
 * @param undeliverable the recipient cannot be reached (no userId, refused by DingTalk)
 * @param unknown the request left but no answer came; taken over once its claim is stale
 * @param failed failed or flow-controlled; retried with backoff by the retry pass, or by the next
 *     call
 */
public record DeliveryReport(
    int sent, int alreadyDone, int inProgress, int undeliverable, int unknown, int failed) {

  public static final DeliveryReport NONE = new DeliveryReport(0, 0, 0, 0, 0, 0);

  public DeliveryReport plus(DeliveryReport o) {
    return new DeliveryReport(
        sent + o.sent,
        alreadyDone + o.alreadyDone,
        inProgress + o.inProgress,
        undeliverable + o.undeliverable,
        unknown + o.unknown,
        failed + o.failed);
  }

  public int total() {
    return sent + alreadyDone + inProgress + undeliverable + unknown + failed;
  }
}

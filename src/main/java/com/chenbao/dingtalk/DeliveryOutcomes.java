package com.chenbao.dingtalk;

import com.chenbao.messaging.DeliveryStatus;

/**
 * What a failed call means for the message: the one place failure kinds become delivery statuses.
 */
final class DeliveryOutcomes {

  private DeliveryOutcomes() {}

  static DeliveryStatus statusOf(DingTalkApiException failure) {
    return switch (failure.kind()) {
      case OUTCOME_UNKNOWN -> DeliveryStatus.UNKNOWN;
      // Still throttled when the retry budget ran out: nothing was delivered, and sending later is
      // safe.
      case THROTTLED -> DeliveryStatus.FLOW_CONTROLLED;
      case TRANSIENT, INVALID_TOKEN, REJECTED -> DeliveryStatus.FAILED;
    };
  }
}

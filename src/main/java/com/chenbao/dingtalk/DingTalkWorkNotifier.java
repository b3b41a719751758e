package com.chenbao.dingtalk;

import com.chenbao.messaging.BatchSendResult;
import com.chenbao.messaging.DeliveryStatus;
import com.chenbao.messaging.OutboundMessage;
import com.chenbao.messaging.RecipientResult;
import com.chenbao.messaging.WorkNotificationGateway;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * {@link WorkNotificationGateway} on DingTalk: identical content in calls of 100 users. A call
 * DingTalk accepted counts every user as SENT with the call's task id (work notifications are
 * asynchronous; DingTalk reports per user only through getsendresult, which is not read here); a
 * failed call gives its failure to every user of it.
 */
final class DingTalkWorkNotifier implements WorkNotificationGateway {

  private final WorkNotificationClient client;

  DingTalkWorkNotifier(WorkNotificationClient client) {
    this.client = client;
  }

  @Override
  public BatchSendResult notifyUsers(List<String> userIds, OutboundMessage message) {
    List<String> distinct = List.copyOf(new LinkedHashSet<>(userIds));
    List<RecipientResult> results = new ArrayList<>();
    for (int from = 0; from < distinct.size(); from += WorkNotificationClient.MAX_USERS_PER_CALL) {
      List<String> batch =
          distinct.subList(
              from, Math.min(distinct.size(), from + WorkNotificationClient.MAX_USERS_PER_CALL));
      try {
        String taskId = client.send(batch, message);
        batch.forEach(id -> results.add(RecipientResult.sent(id, "task:" + taskId)));
      } catch (DingTalkApiException e) {
        DeliveryStatus status = DeliveryOutcomes.statusOf(e);
        batch.forEach(id -> results.add(RecipientResult.notSent(id, status, e.reason())));
      }
    }
    return new BatchSendResult(results);
  }
}

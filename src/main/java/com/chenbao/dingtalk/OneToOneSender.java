package com.chenbao.dingtalk;

import com.aliyun.dingtalkrobot_1_0.models.BatchSendOTOResponseBody;
import com.chenbao.messaging.BatchSendResult;
import com.chenbao.messaging.CallPurpose;
import com.chenbao.messaging.DeliveryStatus;
import com.chenbao.messaging.RecipientResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * 1:1 robot messages to many users: packs 20 user ids per batchSend call and runs the calls on a
 * small pool, so call latency overlaps and the per-API rate limiter (not latency) sets the pace.
 * Recipients DingTalk reports as flow-controlled are sent again after a delay, a bounded number of
 * times.
 */
final class OneToOneSender {

  private final RobotMessageClient robot;
  private final ExecutorService pool;
  private final Sleeper sleeper;
  private final Duration flowControlRetryDelay;
  private final int flowControlRetries;

  OneToOneSender(
      RobotMessageClient robot,
      ExecutorService pool,
      Sleeper sleeper,
      DingTalkOutboundProperties settings) {
    this.robot = robot;
    this.pool = pool;
    this.sleeper = sleeper;
    this.flowControlRetryDelay = settings.flowControlRetryDelay();
    this.flowControlRetries = settings.flowControlRetries();
  }

  BatchSendResult send(List<String> userIds, RobotTemplate template) {
    List<String> distinct = List.copyOf(new LinkedHashSet<>(userIds));
    Map<String, RecipientResult> results = new ConcurrentHashMap<>();
    List<String> pending = distinct;
    for (int round = 0; !pending.isEmpty(); round++) {
      List<String> flowControlled = sendRound(pending, template, results);
      if (flowControlled.isEmpty()) {
        break;
      }
      if (round >= flowControlRetries || !waitBeforeRetry()) {
        String reason = "flowControlledStaffIdList after " + (round + 1) + " attempts";
        flowControlled.forEach(
            id ->
                results.put(
                    id, RecipientResult.notSent(id, DeliveryStatus.FLOW_CONTROLLED, reason)));
        break;
      }
      pending = flowControlled;
    }
    return new BatchSendResult(distinct.stream().map(results::get).toList());
  }

  /** Sends every batch of this round; returns the user ids that were flow-controlled. */
  private List<String> sendRound(
      List<String> userIds, RobotTemplate template, Map<String, RecipientResult> results) {
    List<List<String>> batches = partition(userIds, RobotMessageClient.MAX_USERS_PER_CALL);
    List<Future<List<String>>> futures = new ArrayList<>();
    for (List<String> batch : batches) {
      // The pool's threads count the calls under the sender's purpose.
      Supplier<List<String>> send = CallPurpose.wrap(() -> sendBatch(batch, template, results));
      futures.add(pool.submit(send::get));
    }
    List<String> flowControlled = new ArrayList<>();
    for (int i = 0; i < futures.size(); i++) {
      flowControlled.addAll(await(futures.get(i), batches.get(i), results));
    }
    return flowControlled;
  }

  private List<String> sendBatch(
      List<String> batch, RobotTemplate template, Map<String, RecipientResult> results) {
    BatchSendOTOResponseBody body;
    try {
      body = robot.batchSend(batch, template);
    } catch (DingTalkApiException e) {
      DeliveryStatus status = DeliveryOutcomes.statusOf(e);
      batch.forEach(id -> results.put(id, RecipientResult.notSent(id, status, e.reason())));
      return List.of();
    }
    Set<String> invalid = setOf(body.getInvalidStaffIdList());
    Set<String> flowControlled = setOf(body.getFlowControlledStaffIdList());
    List<String> retry = new ArrayList<>();
    for (String id : batch) {
      if (invalid.contains(id)) {
        results.put(
            id, RecipientResult.notSent(id, DeliveryStatus.UNDELIVERABLE, "invalidStaffIdList"));
      } else if (flowControlled.contains(id)) {
        retry.add(id);
      } else {
        results.put(id, RecipientResult.sent(id, body.getProcessQueryKey()));
      }
    }
    return retry;
  }

  private static List<String> await(
      Future<List<String>> future, List<String> batch, Map<String, RecipientResult> results) {
    try {
      return future.get();
    } catch (ExecutionException e) {
      // Not a DingTalk answer (those are results): a bug or a runtime failure; the request may have
      // left.
      batch.forEach(
          id ->
              results.put(
                  id,
                  RecipientResult.notSent(
                      id, DeliveryStatus.UNKNOWN, "send failed unexpectedly: " + e.getCause())));
      return List.of();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      future.cancel(false);
      batch.forEach(
          id ->
              results.putIfAbsent(
                  id,
                  RecipientResult.notSent(
                      id, DeliveryStatus.UNKNOWN, "interrupted while sending")));
      return List.of();
    }
  }

  private boolean waitBeforeRetry() {
    try {
      sleeper.sleep(flowControlRetryDelay);
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  static <T> List<List<T>> partition(List<T> items, int size) {
    List<List<T>> parts = new ArrayList<>();
    for (int from = 0; from < items.size(); from += size) {
      parts.add(List.copyOf(items.subList(from, Math.min(items.size(), from + size))));
    }
    return parts;
  }

  private static Set<String> setOf(@Nullable List<String> ids) {
    return ids == null ? Set.of() : new HashSet<>(ids);
  }
}

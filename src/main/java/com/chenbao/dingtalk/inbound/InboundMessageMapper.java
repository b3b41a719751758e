package com.chenbao.dingtalk.inbound;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.jspecify.annotations.Nullable;

/**
 * The worker's side of {@code inbound_messages} (the callback stores through {@link
 * InboundStoreMapper}).
 */
@Mapper
interface InboundMessageMapper {

  /**
   * Messages due for handling, oldest first: pending ones whose retry time has come, and claimed
   * ones whose claim is older than {@code staleBefore} (their worker died).
   */
  List<PendingMessage> findDue(
      @Param("now") Instant now,
      @Param("staleBefore") Instant staleBefore,
      @Param("limit") int limit);

  /**
   * Claims one due message for this worker, counting the attempt. The attempt count always changes
   * the row, so of two workers racing for it exactly one gets 1 (Connector/J reports found rows).
   */
  int claim(
      @Param("id") long id, @Param("now") Instant now, @Param("staleBefore") Instant staleBefore);

  int markHandled(@Param("id") long id, @Param("now") Instant now);

  /** Back to pending, not before {@code nextAttemptAt}. */
  int markRetry(@Param("id") long id, @Param("nextAttemptAt") Instant nextAttemptAt);

  int markFailed(@Param("id") long id);

  @Nullable String findStatus(@Param("msgId") String msgId);

  /** Deletes up to {@code limit} messages received before {@code cutoff}, whatever their status. */
  int deleteReceivedBefore(@Param("cutoff") Instant cutoff, @Param("limit") int limit);

  record PendingMessage(
      long id,
      String msgId,
      String channel,
      @Nullable String senderUserId,
      @Nullable String conversationId,
      String payloadJson,
      int attempts) {}

  record NewInboundMessage(
      String msgId,
      String channel,
      @Nullable String senderUserId,
      String conversationType,
      String conversationId,
      String msgType,
      String payloadJson,
      Instant receivedAt) {}
}

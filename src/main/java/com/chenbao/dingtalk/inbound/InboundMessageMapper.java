package com.chenbao.dingtalk.inbound;

import java.time.Instant;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.jspecify.annotations.Nullable;

@Mapper
interface InboundMessageMapper {

  /**
   * Stores a newly received message with status {@code received}, attempt 1.
   *
   * @throws org.springframework.dao.DuplicateKeyException if the msg_id is already stored
   */
  void insertReceived(NewInboundMessage message);

  /** {@code received}, {@code handled} or {@code failed}; null if the msg_id is unknown. */
  @Nullable
  String findStatus(@Param("msgId") String msgId);

  /**
   * Takes a stored message over for another attempt if it failed, or if it has been stuck in
   * {@code received} since before {@code staleBefore} (the attempt died with the process). Returns 1 if
   * this caller won the claim, 0 otherwise.
   */
  int claimForRetry(@Param("msgId") String msgId, @Param("now") Instant now, @Param("staleBefore") Instant staleBefore);

  int markHandled(@Param("msgId") String msgId, @Param("now") Instant now);

  int markFailed(@Param("msgId") String msgId);

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

package com.chenbao.alert;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.jspecify.annotations.Nullable;

/** {@code alert_outbox}: alerts waiting for their recipient's allowance. */
@Mapper
interface AlertOutboxMapper {

  void insert(NewAlert alert);

  /** Recipients with pending alerts, each once. */
  List<Recipient> findPendingRecipients();

  /** The recipient's pending alerts, oldest first. */
  List<OutboxRow> findPending(@Param("r") Recipient recipient, @Param("limit") int limit);

  /** Messages actually sent to the recipient between {@code since} and {@code now} (a merged send counts once). */
  int countSentSince(@Param("r") Recipient recipient, @Param("since") Instant since, @Param("now") Instant now);

  /** Claims pending rows for this sender; returns how many it got. */
  int claim(@Param("ids") List<Long> ids, @Param("now") Instant now);

  /** Marks the rows done, sent in the message of row {@code leadId} (null: each was its own message). */
  int markDone(@Param("ids") List<Long> ids, @Param("leadId") @Nullable Long leadId, @Param("now") Instant now);

  /** Claims whose sender died are pending again (an alert twice is better than none). */
  int releaseStale(@Param("staleBefore") Instant staleBefore);

  record NewAlert(long schoolId, String recipientKind, String recipient, String deliveryKeys, String title,
      String body, Instant createdAt) {}

  record Recipient(long schoolId, String recipientKind, String recipient) {}

  record OutboxRow(long id, String deliveryKeys, String title, String body) {}
}

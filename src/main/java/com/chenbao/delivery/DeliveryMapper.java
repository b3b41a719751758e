package com.chenbao.delivery;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.jspecify.annotations.Nullable;

/** {@code deliveries}: one row per outbound message and recipient, written before it is sent. */
@Mapper
interface DeliveryMapper {

  /**
   * Inserts a row ({@code pending} with one attempt, or {@code queued} with none); fails on
   * uk_deliveries_dedup when the key exists.
   */
  @Options(useGeneratedKeys = true, keyProperty = "id", keyColumn = "id")
  void insert(NewRow row);

  @Nullable Row findByKey(@Param("key") String key);

  /**
   * Starts another attempt of a row, only if it is still as it was read (status and attempts), so
   * two runs cannot both take the same row over; stores the message being sent. Returns 1 if this
   * caller got it.
   */
  int reclaim(
      @Param("id") long id,
      @Param("status") String status,
      @Param("attempts") int attempts,
      @Param("message") @Nullable String message,
      @Param("now") Instant now);

  void recordOutcome(
      @Param("id") long id,
      @Param("status") String status,
      @Param("processQueryKey") @Nullable String processQueryKey,
      @Param("lastError") @Nullable String lastError,
      @Param("sentAt") @Nullable Instant sentAt);

  /**
   * Gives reserved keys their message: the row of {@code leadId} carries it, the others point at it
   * ({@code sent_with}). Only rows still {@code queued} without a message; returns how many.
   */
  int attachMessage(
      @Param("keys") List<String> keys,
      @Param("message") String message,
      @Param("leadId") long leadId);

  /** Recipients with queued messages ready to go, each once. */
  List<QueuedTarget> findQueuedTargets();

  /** The recipient's queued messages (their lead rows), oldest first. */
  List<QueuedRow> findQueued(@Param("t") QueuedTarget target, @Param("limit") int limit);

  /** Starts the send of a queued row: pending, one attempt. Returns 1 if this caller got it. */
  int claimQueued(@Param("id") long id, @Param("now") Instant now);

  /** Starts the send of the rows carried by {@code leadId}'s message (claimed already). */
  int claimCarried(@Param("leadId") long leadId, @Param("now") Instant now);

  /** The rows carried by {@code leadId}'s message. */
  List<Long> findCarried(@Param("leadId") long leadId);

  /** The rows go out in {@code leadId}'s message (a merged post). */
  int carryWith(@Param("ids") List<Long> ids, @Param("leadId") long leadId);

  /**
   * Posts the group received between {@code since} and {@code now} (a message carrying several rows
   * counts once).
   */
  int countGroupPostsSince(
      @Param("schoolId") long schoolId,
      @Param("code") String code,
      @Param("since") Instant since,
      @Param("now") Instant now);

  /** A recipient of queued rows: a group (school and code) or a person (kind, id, userId). */
  record QueuedTarget(
      @Nullable Long schoolId,
      String recipientKind,
      @Nullable Long recipientId,
      @Nullable String recipientAddress) {}

  record QueuedRow(long id, String kind, String message) {}

  /**
   * Rows the retry pass may take: failed, flow-controlled, unknown or pending, below the attempt
   * limit, with a stored message, created since {@code createdSince} and last claimed before {@code
   * claimedBefore} (the pass checks each row's own backoff).
   */
  List<Row> findRetryCandidates(
      @Param("maxAttempts") int maxAttempts,
      @Param("createdSince") Instant createdSince,
      @Param("claimedBefore") Instant claimedBefore,
      @Param("limit") int limit);

  /** Rows of the kind in the round with status sent or unknown. */
  int countOut(@Param("roundId") long roundId, @Param("kind") String kind);

  List<Long> findRecipientsWith(
      @Param("roundId") long roundId,
      @Param("kind") String kind,
      @Param("recipientKind") String recipientKind,
      @Param("status") String status);

  /**
   * Writes a row that is already done ({@code sent}), for a person reached without a send by us (a
   * guardian who opened their link); nothing when the key exists. Returns 1 if written.
   */
  int insertReached(NewRow row);

  /**
   * Per recipient of the round's rows of these kinds: each channel that reached them (status sent).
   */
  List<ReachRow> findReached(
      @Param("roundId") long roundId,
      @Param("recipientKind") String recipientKind,
      @Param("kinds") List<String> kinds);

  record ReachRow(long recipientId, String channel) {}

  /**
   * Recipients of the round's rows of this kind that DingTalk refused although they have a userId
   * (undeliverable with an address), with that userId.
   */
  List<RefusedRow> findRefused(
      @Param("roundId") long roundId,
      @Param("recipientKind") String recipientKind,
      @Param("kind") String kind);

  record RefusedRow(long recipientId, String recipientAddress) {}

  record Row(
      long id,
      String dedupKey,
      @Nullable Long roundId,
      @Nullable Long schoolId,
      String recipientKind,
      @Nullable Long recipientId,
      @Nullable String recipientAddress,
      String channel,
      String kind,
      String status,
      int attempts,
      @Nullable Instant claimedAt,
      @Nullable String message) {}

  /** Parameter object for {@link #insert}; MyBatis writes the generated id back into it. */
  final class NewRow {
    public @Nullable Long id;
    public final String dedupKey;
    public final @Nullable Long roundId;
    public final @Nullable Long schoolId;
    public final String recipientKind;
    public final @Nullable Long recipientId;
    public final @Nullable String recipientAddress;
    public final String channel;
    public final String kind;
    public final String status;
    public final int attempts;
    public final @Nullable Instant claimedAt;
    public final @Nullable String message;
    public final Instant now;

    NewRow(Delivery d, String status, @Nullable String message, Instant now) {
      this(d, status, message, now, d.recipient().channel());
    }

    NewRow(Delivery d, String status, @Nullable String message, Instant now, String channel) {
      this.dedupKey = d.key();
      this.roundId = d.roundId();
      this.recipientKind = d.recipient().kind();
      if (d.recipient() instanceof Recipient.Group g) {
        this.schoolId = g.schoolId();
        this.recipientId = null;
        this.recipientAddress = g.code();
      } else if (d.recipient() instanceof Recipient.Notified n) {
        this.schoolId = null;
        this.recipientId = n.id();
        this.recipientAddress = n.userId();
      } else {
        Recipient.Person p = (Recipient.Person) d.recipient();
        this.schoolId = p.schoolId();
        this.recipientId = p.id();
        this.recipientAddress = p.userId();
      }
      this.channel = channel;
      this.kind = d.kind();
      this.status = status;
      this.attempts = "queued".equals(status) ? 0 : 1;
      this.claimedAt = now;
      this.message = message;
      this.now = now;
    }
  }
}

package com.chenbao.rounds;

import java.time.Instant;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.jspecify.annotations.Nullable;

/** The deliveries ledger: one row per outbound message, written before it is sent. */
@Mapper
interface DeliveryMapper {

  /** Inserts a pending row; fails on uk_deliveries_dedup when the key exists (the message was already handled). */
  @Options(useGeneratedKeys = true, keyProperty = "id", keyColumn = "id")
  void insertPending(NewDelivery delivery);

  @Nullable
  DeliveryRow findByKey(@Param("dedupKey") String dedupKey);

  /**
   * Starts another attempt of a row, only if it is still as it was read (status and attempts), so two runs
   * cannot both take the same row over. Returns 1 if this caller got it.
   */
  int reclaim(
      @Param("id") long id,
      @Param("status") String status,
      @Param("attempts") int attempts,
      @Param("now") Instant now);

  void recordOutcome(
      @Param("id") long id,
      @Param("status") String status,
      @Param("processQueryKey") @Nullable String processQueryKey,
      @Param("lastError") @Nullable String lastError,
      @Param("sentAt") @Nullable Instant sentAt);

  record DeliveryRow(long id, String status, int attempts, @Nullable Instant claimedAt) {}

  /** Parameter object for {@link #insertPending}; MyBatis writes the generated id back into it. */
  final class NewDelivery {
    public @Nullable Long id;
    public final String dedupKey;
    public final long roundId;
    public final String recipientKind;
    public final long recipientId;
    public final String kind;
    public final Instant now;

    NewDelivery(String dedupKey, long roundId, String recipientKind, long recipientId, String kind, Instant now) {
      this.dedupKey = dedupKey;
      this.roundId = roundId;
      this.recipientKind = recipientKind;
      this.recipientId = recipientId;
      this.kind = kind;
      this.now = now;
    }
  }
}

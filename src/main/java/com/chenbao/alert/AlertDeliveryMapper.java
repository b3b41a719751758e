package com.chenbao.alert;

import java.time.Instant;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.jspecify.annotations.Nullable;

/** The alert rows of {@code deliveries}: one per anomaly and recipient, written before the send. */
@Mapper
interface AlertDeliveryMapper {

  /** Claims the key for a working group; 1 if this call claimed it, 0 if it was claimed before. */
  int claimForGroup(
      @Param("dedupKey") String dedupKey,
      @Param("roundId") long roundId,
      @Param("schoolId") long schoolId,
      @Param("groupCode") String groupCode,
      @Param("now") Instant now);

  /** Claims the key for a staff member's 1:1 chat; 1 if this call claimed it, 0 if it was claimed before. */
  int claimForStaff(
      @Param("dedupKey") String dedupKey,
      @Param("roundId") long roundId,
      @Param("staffId") long staffId,
      @Param("now") Instant now);

  void recordOutcome(
      @Param("dedupKey") String dedupKey,
      @Param("status") String status,
      @Param("processQueryKey") @Nullable String processQueryKey,
      @Param("lastError") @Nullable String lastError,
      @Param("sentAt") @Nullable Instant sentAt);
}

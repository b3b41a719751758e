package com.chenbao.dingtalk;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * {@code dingtalk_api_pace}: per app and API, when the next call may start (on the database's
 * clock).
 */
@Mapper
interface ApiPaceMapper {

  /**
   * Creates the row (next call: now) unless it exists. Outside the claiming transaction, so no lock
   * upgrade.
   */
  void insertIfAbsent(@Param("appKey") String appKey, @Param("api") String api);

  /**
   * Claims {@code spanMicros} from the later of now and the next free time by moving the next free
   * time past it. Returns 0 if there is no row yet.
   */
  int advance(
      @Param("appKey") String appKey,
      @Param("api") String api,
      @Param("spanMicros") long spanMicros);

  /** Microseconds from the database's now to the next free time (negative if it has passed). */
  long microsUntilNextFree(@Param("appKey") String appKey, @Param("api") String api);
}

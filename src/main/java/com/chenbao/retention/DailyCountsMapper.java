package com.chenbao.retention;

import com.chenbao.rounds.RoundRetention.RoundDay;
import java.time.Instant;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface DailyCountsMapper {

  /**
   * Keeps the first count of a day: a second purge (after the answers are gone) must not overwrite
   * it with 0.
   */
  int insertIfAbsent(
      @Param("day") RoundDay day, @Param("anomalies") int anomalies, @Param("now") Instant now);
}

package com.chenbao.roster;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.jspecify.annotations.Nullable;

@Mapper
interface SchoolMapper {

  /** Inserts the school or updates name and zone of the one with this code. */
  void upsert(
      @Param("code") String code,
      @Param("name") String name,
      @Param("zone") String zone,
      @Param("now") Instant now);

  @Nullable SchoolRow findByCode(@Param("code") String code);

  @Nullable SchoolRow findById(@Param("id") long id);

  List<SchoolRow> findAll();

  /**
   * Locks the school's row until the transaction ends, so two imports for one school run one after
   * the other.
   */
  void lockForUpdate(@Param("id") long id);

  record SchoolRow(long id, String code, String name, String timeZone) {}
}

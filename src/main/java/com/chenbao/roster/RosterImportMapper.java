package com.chenbao.roster;

import java.time.Instant;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.jspecify.annotations.Nullable;

/** The record of each roster import and its audit entry. */
@Mapper
interface RosterImportMapper {

  void insertImport(
      @Param("schoolId") long schoolId,
      @Param("fileName") String fileName,
      @Param("sha256") String sha256,
      @Param("created") int created,
      @Param("updated") int updated,
      @Param("unchanged") int unchanged,
      @Param("deactivated") int deactivated,
      @Param("now") Instant now);

  void insertAudit(
      @Param("actor") String actor,
      @Param("action") String action,
      @Param("schoolId") long schoolId,
      @Param("subject") String subject,
      @Param("detail") @Nullable String detail,
      @Param("now") Instant now);
}

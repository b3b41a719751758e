package com.chenbao.roster;

import java.time.Instant;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The record of each roster import (its audit entry goes through {@code AuditLog}). */
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
}

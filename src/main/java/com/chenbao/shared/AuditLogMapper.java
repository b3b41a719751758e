package com.chenbao.shared;

import java.time.Instant;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.jspecify.annotations.Nullable;

@Mapper
interface AuditLogMapper {

  void insert(
      @Param("actor") String actor,
      @Param("action") String action,
      @Param("schoolId") long schoolId,
      @Param("subject") String subject,
      @Param("detail") @Nullable String detail,
      @Param("now") Instant now);
}

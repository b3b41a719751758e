package com.chenbao.fallback;

import java.time.Instant;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** audit_log rows for reads of guardians' names, phones and links through the admin API. */
@Mapper
interface FallbackAuditMapper {

  void insertAudit(@Param("actor") String actor, @Param("action") String action, @Param("schoolId") long schoolId,
      @Param("subject") String subject, @Param("now") Instant now);
}

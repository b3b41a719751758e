package com.chenbao.shared;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The audit log ({@code audit_log}): who read or changed what, appended by every module that reads
 * names or changes a school's data. Append-only; nothing here reads it back.
 */
@Component
public class AuditLog {

  private final AuditLogMapper mapper;

  AuditLog(AuditLogMapper mapper) {
    this.mapper = mapper;
  }

  /**
   * Appends one entry in the caller's transaction, if any.
   *
   * @param action what was done, e.g. {@code roster.import}, {@code round.read-answers}
   * @param subject what it was done to, as an operator reads it (a file name, a form and date)
   * @param detail JSON with more, or null
   */
  public void record(
      String actor,
      String action,
      long schoolId,
      String subject,
      @Nullable String detail,
      Instant at) {
    mapper.insert(actor, action, schoolId, subject, detail, at);
  }
}

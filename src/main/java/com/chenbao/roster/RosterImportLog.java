package com.chenbao.roster;

import com.chenbao.shared.AuditLog;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Records an applied import in roster_imports and audit_log (action roster.import). */
@Component
class RosterImportLog {

  static final String ACTION = "roster.import";

  private final RosterImportMapper imports;
  private final AuditLog audit;
  private final ObjectMapper json;

  RosterImportLog(RosterImportMapper imports, AuditLog audit, ObjectMapper json) {
    this.imports = imports;
    this.audit = audit;
    this.json = json;
  }

  /**
   * roster_imports has one set of counts: it stores the sum over students, guardians and staff, so
   * a staff-only import is not recorded as "nothing happened". The audit detail keeps the
   * breakdown.
   */
  void record(
      School school,
      String fileName,
      byte[] content,
      String actor,
      RosterImportResult result,
      Instant now) {
    String sha256 = sha256(content);
    RosterImportResult.ImportCounts all =
        result.students().plus(result.guardians()).plus(result.staff());
    imports.insertImport(
        school.id(),
        fileName,
        sha256,
        all.created(),
        all.updated(),
        all.unchanged(),
        all.deactivated(),
        now);
    Map<String, Object> detail = new LinkedHashMap<>();
    detail.put("sha256", sha256);
    detail.put("bytes", content.length);
    detail.put("result", result);
    audit.record(actor, ACTION, school.id(), fileName, toJson(detail), now);
  }

  private String toJson(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write the audit detail", e);
    }
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JRE", e);
    }
  }
}

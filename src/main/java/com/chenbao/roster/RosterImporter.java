package com.chenbao.roster;

/**
 * Imports a school's roster file: students with their guardians and class teachers, and staff.
 *
 * <p>The whole file is validated before anything is written; one bad row rejects the file. A valid
 * file is applied in one transaction, as upserts keyed by the school's own identifiers (student
 * number for students, phone for guardians), so importing the same file twice changes nothing the
 * second time.
 */
public interface RosterImporter {

  /**
   * Imports {@code content} (CSV in UTF-8 or GB18030, or an Excel workbook) for the school.
   *
   * @param fileName the name as uploaded, used to tell CSV from Excel and in the audit log
   * @param actor who imports, for the audit log (e.g. {@code api-token} or a DingTalk userId)
   * @throws UnknownSchool if no school has this code
   * @throws RosterRejected if the file is empty, unreadable or has any bad row; nothing was written
   */
  RosterImportResult importRoster(String schoolCode, String fileName, byte[] content, String actor);

  /** {@link #importRoster(String, String, byte[], String)} on behalf of the system itself. */
  default RosterImportResult importRoster(String schoolCode, String fileName, byte[] content) {
    return importRoster(schoolCode, fileName, content, "system");
  }
}

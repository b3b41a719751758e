package com.chenbao.roster;

import com.chenbao.shared.MessageTexts;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Reads and checks a whole roster file against the school's structure, without writing anything.
 */
@Component
class RosterValidator {

  private final RosterFileReader reader;
  private final RosterSheetParser parser;
  private final SchoolStructureMapper structure;
  private final MessageTexts texts;

  RosterValidator(
      RosterFileReader reader,
      RosterSheetParser parser,
      SchoolStructureMapper structure,
      MessageTexts texts) {
    this.reader = reader;
    this.parser = parser;
    this.structure = structure;
    this.texts = texts;
  }

  /**
   * @throws RosterRejected listing every problem, if there is any
   */
  ValidatedRoster validate(School school, String fileName, byte[] content) {
    List<RawSheet> sheets = reader.read(fileName, content);
    RowErrors errors = new RowErrors(texts);
    RosterSheetParser.Parsed parsed = parser.parse(sheets, errors);
    if (errors.isEmpty() && parsed.students().isEmpty() && parsed.staff().isEmpty()) {
      throw RowErrors.unreadable(texts, "no-data", Map.of());
    }
    StudentRowsValidator students =
        new StudentRowsValidator(texts, errors, structure.findClasses(school.id()));
    parsed.students().forEach(students::check);
    StaffRowsValidator staff = new StaffRowsValidator(errors);
    parsed.staff().forEach(staff::check);
    if (!errors.isEmpty()) {
      throw errors.rejection();
    }
    return new ValidatedRoster(
        !parsed.students().isEmpty(), students.result(), !parsed.staff().isEmpty(), staff.result());
  }
}

package com.chenbao.roster;

import com.chenbao.shared.MessageTexts;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Finds the header row of each sheet, tells student sheets from staff sheets by their headers, and
 * maps every data row to its columns, in whatever order the office put them.
 */
@Component
class RosterSheetParser {

  /** Offices sometimes put a title line or two above the header. */
  private static final int HEADER_SEARCH_ROWS = 5;

  private final MessageTexts texts;

  RosterSheetParser(MessageTexts texts) {
    this.texts = texts;
  }

  /** Parsed lines of every sheet; header problems are added to {@code errors}. */
  Parsed parse(List<RawSheet> sheets, RowErrors errors) {
    List<SheetLine> students = new ArrayList<>();
    List<SheetLine> staff = new ArrayList<>();
    for (RawSheet sheet : sheets) {
      Optional<Header> header = findHeader(sheet);
      if (header.isEmpty()) {
        RawSheet.Row first = sheet.rows().get(0);
        errors.add(
            new RowRef(sheet.name(), first.number()),
            "",
            "unknown-headers",
            Map.of(
                "studentColumns",
                names(RosterColumn.STUDENT_REQUIRED),
                "staffColumns",
                names(RosterColumn.STAFF_REQUIRED)));
        continue;
      }
      Header h = header.get();
      Map<RosterColumn, Integer> columns = columnIndexes(sheet.name(), h, errors);
      if (columns.isEmpty()) {
        continue;
      }
      List<SheetLine> into = h.students() ? students : staff;
      for (RawSheet.Row row : sheet.rows()) {
        if (row.number() > h.row().number()) {
          Map<RosterColumn, String> values = new EnumMap<>(RosterColumn.class);
          columns.forEach((column, index) -> values.put(column, RawSheet.clean(row.cell(index))));
          into.add(new SheetLine(new RowRef(sheet.name(), row.number()), values));
        }
      }
    }
    return new Parsed(students, staff);
  }

  private Optional<Header> findHeader(RawSheet sheet) {
    String studentNo = RosterColumn.STUDENT_NO.header(texts);
    String staffName = RosterColumn.STAFF_NAME.header(texts);
    for (RawSheet.Row row :
        sheet.rows().subList(0, Math.min(HEADER_SEARCH_ROWS, sheet.rows().size()))) {
      List<String> names = row.cells().stream().map(RosterSheetParser::headerName).toList();
      if (names.contains(studentNo) || names.contains(RosterColumn.STUDENT_NAME.header(texts))) {
        return Optional.of(new Header(row, names, true));
      }
      if (names.contains(staffName)) {
        return Optional.of(new Header(row, names, false));
      }
    }
    return Optional.empty();
  }

  /** Column positions; empty (and errors added) if a required column is missing or doubled. */
  private Map<RosterColumn, Integer> columnIndexes(
      @Nullable String sheet, Header header, RowErrors errors) {
    RowRef at = new RowRef(sheet, header.row().number());
    Map<RosterColumn, Integer> indexes = new EnumMap<>(RosterColumn.class);
    boolean ok = true;
    for (RosterColumn column :
        header.students() ? RosterColumn.STUDENT_ALL : RosterColumn.STAFF_ALL) {
      String name = column.header(texts);
      int first = header.names().indexOf(name);
      if (first >= 0 && header.names().lastIndexOf(name) != first) {
        errors.add(at, column, "duplicate-column", Map.of());
        ok = false;
      } else if (first >= 0) {
        indexes.put(column, first);
      } else if ((header.students() ? RosterColumn.STUDENT_REQUIRED : RosterColumn.STAFF_REQUIRED)
          .contains(column)) {
        errors.add(at, column, "missing-column", Map.of());
        ok = false;
      }
    }
    return ok ? indexes : Map.of();
  }

  /** Header as typed, minus spaces anywhere and the "*" some templates put on required columns. */
  private static String headerName(String cell) {
    return RawSheet.clean(cell).replaceAll("\\s+", "").replaceAll("\\*+$", "");
  }

  private String names(List<RosterColumn> columns) {
    return String.join(
        texts.render("roster.list-separator"), columns.stream().map(c -> c.header(texts)).toList());
  }

  private record Header(RawSheet.Row row, List<String> names, boolean students) {}

  record Parsed(List<SheetLine> students, List<SheetLine> staff) {}
}

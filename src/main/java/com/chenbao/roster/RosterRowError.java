package com.chenbao.roster;

import org.jspecify.annotations.Nullable;

/**
 * One problem in a roster file, addressed as the school office sees the file.
 *
 * @param sheet the worksheet name for Excel files, null for CSV
 * @param row the row number as Excel shows it (header = 1, first data row = 2); 0 for the file as a
 *     whole
 * @param column the column header the problem is in, empty when it concerns the whole row or file
 * @param message the complete Chinese message, including the row and column
 */
public record RosterRowError(@Nullable String sheet, int row, String column, String message) {}

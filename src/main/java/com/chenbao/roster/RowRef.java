package com.chenbao.roster;

import org.jspecify.annotations.Nullable;

/** Where a row is in the file: worksheet (null for CSV) and row number as Excel shows it. */
record RowRef(@Nullable String sheet, int row) {}

package com.chenbao.calendar;

import com.chenbao.calendar.PublicHolidays.Entry;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads holiday files (format: docs/scheduling.md) into {@link PublicHolidays}. Files are read in
 * order; a year in a later file replaces the same year of an earlier one. Every problem of every
 * file is collected, and any problem is an {@link IllegalStateException} listing them all: a wrong
 * holiday file would silently push the morning report on a day off, so the service refuses to
 * start.
 */
final class HolidayFileReader {

  private static final ObjectMapper YAML =
      new ObjectMapper(new YAMLFactory()).enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
  private static final Set<String> YEAR_KEYS = Set.of("status", "source", "holidays");
  private static final Set<String> HOLIDAY_KEYS = Set.of("name", "from", "to", "makeUpDays");

  private final Map<Integer, Map<LocalDate, Entry>> years = new HashMap<>();
  private final Set<Integer> provisional = new HashSet<>();
  private final List<String> problems = new ArrayList<>();

  /** Adds the years of one file; {@code source} names the file in problems. */
  HolidayFileReader read(String source, String text) {
    JsonNode root;
    try {
      root = YAML.readTree(text);
    } catch (IOException e) {
      problems.add(source + ": not valid YAML: " + e.getMessage());
      return this;
    }
    JsonNode yearsNode = root == null ? null : root.get("years");
    if (yearsNode == null || !yearsNode.isObject()) {
      problems.add(source + ": expected a map 'years' of year -> {status, source, holidays}");
      return this;
    }
    yearsNode.properties().forEach(year -> readYear(source, year.getKey(), year.getValue()));
    return this;
  }

  PublicHolidays build() {
    if (!problems.isEmpty()) {
      throw new IllegalStateException(
          "Invalid holiday file(s):\n  " + String.join("\n  ", problems));
    }
    Map<LocalDate, Entry> all = new HashMap<>();
    years.values().forEach(all::putAll);
    return new PublicHolidays(all, years.keySet(), provisional);
  }

  private void readYear(String source, String key, JsonNode node) {
    String where = source + ": years." + key;
    if (!key.matches("\\d{4}") || !node.isObject()) {
      problems.add(where + ": expected a four-digit year mapping to {status, source, holidays}");
      return;
    }
    int year = Integer.parseInt(key);
    unknownKeys(where, node, YEAR_KEYS);
    String status = node.path("status").asText("");
    if (!status.equals("official") && !status.equals("provisional")) {
      problems.add(where + ".status: must be official or provisional, not '" + status + "'");
    }
    Map<LocalDate, Entry> days = new HashMap<>();
    JsonNode holidays = node.path("holidays");
    if (!holidays.isArray()) {
      problems.add(where + ".holidays: expected a list");
    }
    for (int i = 0; i < holidays.size(); i++) {
      readHoliday(where + ".holidays[" + i + "]", year, holidays.get(i), days);
    }
    years.put(year, days);
    if (status.equals("provisional")) {
      provisional.add(year);
    } else {
      provisional.remove(year);
    }
  }

  private void readHoliday(String where, int year, JsonNode node, Map<LocalDate, Entry> days) {
    unknownKeys(where, node, HOLIDAY_KEYS);
    String name = node.path("name").asText("").strip();
    if (name.isEmpty()) {
      problems.add(where + ".name: required");
      return;
    }
    LocalDate from = date(where + ".from", node.get("from"), year);
    LocalDate to = date(where + ".to", node.get("to"), year);
    if (from != null && to != null) {
      if (to.isBefore(from)) {
        problems.add(where + ": to " + to + " is before from " + from);
      }
      for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
        put(where, day, new Entry(name, false), days);
      }
    }
    for (JsonNode makeUp : node.path("makeUpDays")) {
      LocalDate day = date(where + ".makeUpDays", makeUp, year);
      if (day != null && !PublicHolidays.isWeekend(day)) {
        problems.add(
            where
                + ".makeUpDays: "
                + day
                + " is a "
                + day.getDayOfWeek()
                + ", not a Saturday or Sunday");
      } else if (day != null) {
        put(where, day, new Entry(name, true), days);
      }
    }
  }

  private void put(String where, LocalDate day, Entry entry, Map<LocalDate, Entry> days) {
    Entry earlier = days.putIfAbsent(day, entry);
    if (earlier != null) {
      problems.add(where + ": " + day + " is already listed for " + earlier.holiday());
    }
  }

  /** Dates are YYYY-MM-DD inside their year: a typo in the year is the likeliest mistake. */
  private @Nullable LocalDate date(String where, @Nullable JsonNode node, int year) {
    if (node == null || !node.isTextual()) {
      problems.add(where + ": expected a date YYYY-MM-DD");
      return null;
    }
    try {
      LocalDate date = LocalDate.parse(node.asText());
      if (date.getYear() != year) {
        problems.add(where + ": " + date + " is not in " + year);
        return null;
      }
      return date;
    } catch (DateTimeParseException e) {
      problems.add(where + ": '" + node.asText() + "' is not a date YYYY-MM-DD");
      return null;
    }
  }

  private void unknownKeys(String where, JsonNode node, Set<String> known) {
    node.fieldNames()
        .forEachRemaining(
            field -> {
              if (!known.contains(field)) {
                problems.add(where + ": unknown key '" + field + "' (one of " + known + ")");
              }
            });
  }
}

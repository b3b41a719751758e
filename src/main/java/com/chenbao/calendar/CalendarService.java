package com.chenbao.calendar;

import com.chenbao.calendar.ClosureMapper.NewClosure;
import com.chenbao.calendar.DayStatus.DayKind;
import com.chenbao.roster.School;
import com.chenbao.roster.SchoolDirectory;
import com.chenbao.roster.UnknownSchool;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The school calendar: public holidays from the holiday file, overlaid with the school's closures.
 */
@Service
class CalendarService implements SchoolCalendar, SchoolClosures {

  static final int MAX_DAYS = 366;
  static final int MAX_REASON = 255;

  private final HolidayCalendar holidays;
  private final ClosureMapper closures;
  private final SchoolDirectory schools;
  private final Clock clock;

  CalendarService(
      HolidayCalendar holidays, ClosureMapper closures, SchoolDirectory schools, Clock clock) {
    this.holidays = holidays;
    this.closures = closures;
    this.schools = schools;
    this.clock = clock;
  }

  @Override
  public boolean isSchoolDay(String schoolCode, LocalDate date) {
    return dayStatus(schoolCode, date).schoolDay();
  }

  @Override
  public DayStatus dayStatus(String schoolCode, LocalDate date) {
    return days(schoolCode, date, date).get(0);
  }

  @Override
  public List<DayStatus> days(String schoolCode, LocalDate from, LocalDate to) {
    checkRange(from, to);
    List<Closure> closed = closures.findOverlapping(school(schoolCode).id(), from, to);
    List<DayStatus> days = new ArrayList<>();
    for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
      days.add(statusOf(date, closed));
    }
    return days;
  }

  @Override
  public Closure addClosure(String schoolCode, LocalDate from, LocalDate to, String reason) {
    checkRange(from, to);
    String text = reason == null ? "" : reason.strip();
    if (text.isEmpty() || text.length() > MAX_REASON) {
      throw new IllegalArgumentException(
          "reason is required, at most " + MAX_REASON + " characters");
    }
    NewClosure row = new NewClosure(school(schoolCode).id(), from, to, text, clock.instant());
    closures.insertClosure(row);
    return new Closure(row.id, from, to, text);
  }

  @Override
  public List<Closure> closures(String schoolCode) {
    return closures.findAll(school(schoolCode).id());
  }

  @Override
  public void removeClosure(String schoolCode, long id) {
    if (closures.deleteClosure(school(schoolCode).id(), id) == 0) {
      throw new ClosureNotFound(schoolCode, id);
    }
  }

  private DayStatus statusOf(LocalDate date, List<Closure> closed) {
    return closed.stream()
        .filter(closure -> closure.covers(date))
        .findFirst()
        .map(closure -> new DayStatus(date, false, DayKind.CLOSURE, closure.reason()))
        .orElseGet(() -> holidays.statusOf(date));
  }

  private School school(String schoolCode) {
    return schools.findSchool(schoolCode).orElseThrow(() -> new UnknownSchool(schoolCode));
  }

  private static void checkRange(LocalDate from, LocalDate to) {
    if (from == null || to == null) {
      throw new IllegalArgumentException("from and to are required dates (YYYY-MM-DD)");
    }
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("to " + to + " is before from " + from);
    }
    if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
      throw new IllegalArgumentException("at most " + MAX_DAYS + " days at a time");
    }
  }
}

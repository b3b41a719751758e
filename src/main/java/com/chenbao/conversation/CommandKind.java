package com.chenbao.conversation;

/**
 * Commands a reply can be. All but {@link #HELP} and {@link #REPORT_DETAILS} are class-teacher
 * commands.
 */
public enum CommandKind {
  /** Who in my class has not answered (weibao). */
  MISSING,
  /** Remind them now (tixing). */
  REMIND,
  /** My class's tally now (tongji). */
  TALLY,
  /** How to answer, or the teacher's command list (bangzhu, zenme tian, ?). */
  HELP,
  /** The "report details" button: ask how to type details (the form's report-message text). */
  REPORT_DETAILS,
  /** Put a student on leave (qingjia Wang Xiaoming 2 tian fashao). */
  LEAVE
}

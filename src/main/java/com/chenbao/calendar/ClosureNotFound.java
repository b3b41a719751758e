package com.chenbao.calendar;

/** The school has no closure with the given id (never added, or already removed). */
public class ClosureNotFound extends RuntimeException {

  ClosureNotFound(String schoolCode, long id) {
    super("School " + schoolCode + " has no closure " + id);
  }
}

package com.chenbao.alert;

import com.chenbao.forms.Severity;

/**
 * A current anomaly of the answer being handled: its row id (the de-duplication key) and the
 * finding.
 */
record RaisedAnomaly(long id, String kind, Severity severity, String label, String detail) {

  boolean urgent() {
    return severity == Severity.URGENT;
  }
}

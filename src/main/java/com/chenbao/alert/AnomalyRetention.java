package com.chenbao.alert;

/** A round's anomalies, for the retention purge. */
public interface AnomalyRetention {

  /** How many anomalies of the round are current (not cleared by a correction). */
  int countOf(long roundId);

  /** Deletes the round's anomalies; the delivery rows of their alerts stay (they name no one). */
  int purge(long roundId);
}

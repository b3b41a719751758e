package com.chenbao.alert;

import java.util.List;
import java.util.Map;

/**
 * Read-only questions about the anomalies of a round, for the admin round view. Only current
 * anomalies are returned: one a correction removed is kept for de-duplication but left out here.
 */
public interface AnomalyQuery {

  /** The round's current anomalies, oldest first; empty for an unknown round. */
  List<AnomalyView> anomaliesOf(long roundId);

  /** The round's current anomalies of one kind (e.g. {@code fever}), oldest first. */
  List<AnomalyView> anomaliesOf(long roundId, String kind);

  /** Number of current anomalies per kind; kinds without any are absent. */
  Map<String, Integer> countsByKind(long roundId);
}

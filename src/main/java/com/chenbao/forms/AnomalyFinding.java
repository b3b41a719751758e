package com.chenbao.forms;

/**
 * One anomaly an answer raised.
 *
 * @param kind the rule's kind, e.g. {@code fever}; the key alert subscriptions use
 * @param label the rule's short Chinese name for alerts
 * @param detail short Chinese detail rendered from the rule's text, e.g. "temperature 38.2 C" in
 *     Chinese
 */
public record AnomalyFinding(String kind, Severity severity, String label, String detail) {}

/**
 * Retention: a daily purge of answers, revisions, anomalies and raw inbound messages older than the
 * configured days, keeping each day's counts per school and form (and the audit log untouched).
 */
@org.jspecify.annotations.NullMarked
package com.chenbao.retention;

/**
 * Anomalies raised by answers: stored once per round, subject and kind, and alerted at once, each
 * to a working group or class teacher at most once, with names only where the group is entitled to
 * them.
 */
@org.jspecify.annotations.NullMarked
package com.chenbao.alert;

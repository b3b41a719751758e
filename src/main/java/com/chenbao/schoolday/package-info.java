/**
 * School day: the steps of a round's day (push, remind, notify-teachers, close, tally), each
 * idempotent through unique delivery rows; a class teacher's commands on one class; and the
 * clustered Quartz schedule that rings each step at the school's times. Uses the rounds API for the
 * round and its expected people.
 */
@org.jspecify.annotations.NullMarked
package com.chenbao.schoolday;

/**
 * Forms as data from bot-templates/forms: questions, "all normal" answers, anomaly rules and their
 * texts.
 */
@org.jspecify.annotations.NullMarked
package com.chenbao.forms;

/** Operators' REST API and console: bearer-token protection, problem-details errors. */
@org.jspecify.annotations.NullMarked
package com.chenbao.admin;

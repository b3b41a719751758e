/**
 * The admin token: bearer-token protection of {@code /api/**} and of the sandbox console, and the
 * header of the API's OpenAPI description. The operators' endpoints are the modules' own
 * controllers (rounds, roster, calendar, school config), each with its problem-details handler;
 * there is no console yet.
 */
@org.jspecify.annotations.NullMarked
package com.chenbao.admin;

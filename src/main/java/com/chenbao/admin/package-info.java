/**
 * Admin: bearer-token protection of the operators' REST API ({@code /api/**}) and of the sandbox console,
 * and the API's OpenAPI description. The endpoints themselves belong to the modules they serve.
 */
@org.jspecify.annotations.NullMarked
package com.chenbao.admin;

package com.chenbao.admin;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The header of the admin API's OpenAPI description (springdoc writes the paths from the
 * controllers): every call needs the admin token as a bearer token, and the document itself is
 * served under {@code /api/} so the same token guards it.
 */
@Configuration(proxyBeanMethods = false)
class AdminApiDocumentation {

  static final String SCHEME = "admin-token";

  @Bean
  OpenAPI adminApi(ObjectProvider<BuildProperties> build) {
    BuildProperties properties = build.getIfAvailable();
    return new OpenAPI()
        .info(
            new Info()
                .title("Chenbao admin API")
                .description(
                    "School files, rosters, rounds, calendar and usage. Every call needs "
                        + "Authorization: Bearer <chenbao.admin.token>.")
                .version(properties == null ? "dev" : properties.getVersion()))
        .components(
            new Components()
                .addSecuritySchemes(
                    SCHEME,
                    new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .description(
                            "The admin token (CHENBAO_ADMIN_TOKEN, or <data-dir>/admin-token when generated)")))
        .addSecurityItem(new SecurityRequirement().addList(SCHEME));
  }
}

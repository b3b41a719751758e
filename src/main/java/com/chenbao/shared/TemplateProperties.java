package com.chenbao.shared;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code chenbao.templates.dir}: an optional folder laid out like the repository's {@code
 * bot-templates/}. Files found there override the built-in ones, so a school can change texts and
 * forms without a rebuild. Unset: only the built-in templates are used.
 */
@ConfigurationProperties("chenbao.templates")
public record TemplateProperties(@Nullable Path dir) {}

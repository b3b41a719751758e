package com.chenbao.schoolconfig;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code chenbao.schools.*}.
 *
 * @param dir the folder of school files ({@code *.yml}, {@code *.yaml}), validated and applied at
 *     every start; a missing folder is fine (no schools but the demo)
 * @param maxFileSize largest school file accepted by {@code PUT /api/schools/{code}} (413 beyond
 *     it); a real one is a few kilobytes
 */
@ConfigurationProperties("chenbao.schools")
record SchoolFilesProperties(
    @DefaultValue("./config/schools") Path dir, @DefaultValue("1MB") DataSize maxFileSize) {}

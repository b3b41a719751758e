package com.chenbao.schoolconfig;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code chenbao.schools.dir}: the folder of school files ({@code *.yml}, {@code *.yaml}), validated
 * and applied at every start. A missing folder is fine (no schools but the demo).
 */
@ConfigurationProperties("chenbao.schools")
record SchoolFilesProperties(@DefaultValue("./config/schools") Path dir) {}

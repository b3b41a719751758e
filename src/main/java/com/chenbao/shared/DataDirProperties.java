package com.chenbao.shared;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the service keeps what must survive a restart on the embedded default: the database files
 * and the generated admin token. {@code chenbao.data-dir}, default {@code ./data}.
 */
@ConfigurationProperties("chenbao")
public record DataDirProperties(@DefaultValue("./data") Path dataDir) {}

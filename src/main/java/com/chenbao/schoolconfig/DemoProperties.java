package com.chenbao.schoolconfig;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code chenbao.demo.enabled} (default true): also apply the built-in demo school {@code
 * classpath:demo/zhengyuan.yml}, unless the schools folder has a file with the same code.
 */
@ConfigurationProperties("chenbao.demo")
record DemoProperties(@DefaultValue("true") boolean enabled) {}

package com.chenbao.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code chenbao.demo.*}: whether the demo school Hangzhou Zhengyuan Primary School is loaded (its
 * file is applied by the schoolconfig module, its roster generated here) and how many students each
 * class gets.
 */
@ConfigurationProperties("chenbao.demo")
record DemoProperties(
    @DefaultValue("true") boolean enabled, @DefaultValue("30") int studentsPerClass) {}

package com.chenbao;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Chenbao: the school morning report bot. Each top-level package is one feature module. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ChenbaoApplication {

  public static void main(String[] args) {
    SpringApplication.run(ChenbaoApplication.class, args);
  }
}

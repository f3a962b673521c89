package org.pmdc.hub;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The PMDC Exchange Hub. The flow lives in the Camel routes under {@code routes/}; the packages
 * beside this class hold the beans those routes call, one package per capability.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class HubApplication {

  public static void main(String[] args) {
    SpringApplication.run(HubApplication.class, args);
  }
}

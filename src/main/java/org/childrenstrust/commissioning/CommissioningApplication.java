package org.childrenstrust.commissioning;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The Children's Trust joint commissioning process application. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class CommissioningApplication {

  public static void main(String[] args) {
    SpringApplication.run(CommissioningApplication.class, args);
  }
}

package id.kinerja;

import org.camunda.bpm.spring.boot.starter.annotation.EnableProcessApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Kinerja: performance management for ASN, on an embedded Camunda 7 engine. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableProcessApplication("kinerja")
@org.springframework.scheduling.annotation.EnableScheduling
public class KinerjaApplication {

  public static void main(String[] args) {
    SpringApplication.run(KinerjaApplication.class, args);
  }
}

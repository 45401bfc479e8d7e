package id.kinerja;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Kinerja: performance management for ASN, on an embedded Camunda 7 engine (models: engine.ModelDeployment). */
@SpringBootApplication
@ConfigurationPropertiesScan
@org.springframework.scheduling.annotation.EnableScheduling
public class KinerjaApplication {

  public static void main(String[] args) {
    SpringApplication.run(KinerjaApplication.class, args);
  }
}

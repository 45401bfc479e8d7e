package id.kinerja;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.organization.EmployeeImport;
import id.kinerja.organization.Staff;
import java.nio.file.Path;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The embedded default as {@code ./mvnw spring-boot:run} starts it (H2 file database, demo government), started
 * twice on the same database file: the demo data is created once and what was stored survives the restart.
 */
class EmbeddedDefaultIT {

  private static final String NEW_NIP = "199707072022031001";

  @Test
  void startsOnAnH2FileCreatesTheDemoOnceAndKeepsDataAcrossARestart() {
    Path file = Path.of("target", "h2-it", UUID.randomUUID().toString(), "kinerja").toAbsolutePath();
    String url = "--spring.datasource.url=jdbc:h2:file:" + file + ";AUTO_SERVER=TRUE";

    try (ConfigurableApplicationContext first = start(url)) {
      Staff employees = first.getBean(Staff.class);
      assertThat(employees.count()).isEqualTo(36);
      assertThat(first.getBean(IdentityService.class).checkPassword("hr", "demo")).isTrue();
      first.getBean(EmployeeImport.class).importCsv("nip,nama,jenis,unit_kode,jabatan_kode,email\n"
          + NEW_NIP + ",Joko Susilo,PNS,DISDIK-SD-KUR,,joko@lampungselatankab.go.id\n", "hr");
    }

    try (ConfigurableApplicationContext second = start(url)) {
      Staff employees = second.getBean(Staff.class);
      assertThat(employees.count()).isEqualTo(37);
      assertThat(employees.byNip(NEW_NIP)).isPresent();
    }
  }

  private static ConfigurableApplicationContext start(String url) {
    return new SpringApplicationBuilder(KinerjaApplication.class).run(url, "--server.port=0");
  }
}

package id.kinerja.demo;

import id.kinerja.organization.EmployeeImport;
import id.kinerja.organization.OrganizationStructure;
import id.kinerja.security.EmbeddedIdentity;
import id.kinerja.security.Role;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The demo government (Pemerintah Kabupaten Lampung Selatan): units, positions, 36 employees and their logins,
 * all with the same demo password. Created once: every step skips what already exists.
 */
@Component
@ConditionalOnProperty(name = "kinerja.demo.enabled", havingValue = "true")
class DemoGovernment {

  private static final Logger log = LoggerFactory.getLogger(DemoGovernment.class);
  static final Set<String> HR_USERS = Set.of("hr", "kasi.kinerja", "kabid.kinerja");
  static final Set<String> HEAD_USERS = Set.of("sekda", "kadinkes", "kadisdik", "kadisdukcapil", "kaban.bkpsdm");
  static final String ADMIN_USER = "hr";

  private final OrganizationStructure structure;
  private final EmployeeImport employeeImport;
  private final EmbeddedIdentity identity;
  private final id.kinerja.organization.Staff employees;
  private final String password;

  DemoGovernment(OrganizationStructure structure, EmployeeImport employeeImport, EmbeddedIdentity identity,
      id.kinerja.organization.Staff employees, @Value("${kinerja.demo.password}") String password) {
    this.structure = structure;
    this.employeeImport = employeeImport;
    this.identity = identity;
    this.employees = employees;
    this.password = password;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(10)
  public void create() throws IOException {
    structure.load(reader("demo/units.csv"), reader("demo/positions.csv"));
    String employeesCsv = new ClassPathResource("demo/employees.csv").getContentAsString(StandardCharsets.UTF_8);
    List<CSVRecord> people = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new java.io.StringReader(employeesCsv)).getRecords();
    boolean firstStart = !employees.hasLogin(people.get(0).get("username"));
    if (firstStart) {
      employeeImport.importCsv(employeesCsv, "system:demo");
      log.info("Demo government created: {} employees, password '{}'", people.size(), password);
    }
    for (CSVRecord person : people) {
      String username = person.get("username");
      identity.ensureUser(username, person.get("nama"), person.get("email"), password);
      if (firstStart) {
        identity.setPassword(username, password);
      }
      List<Role> roles = new ArrayList<>(List.of(Role.EMPLOYEE));
      if (HR_USERS.contains(username)) {
        roles.add(Role.HR);
      }
      if (HEAD_USERS.contains(username)) {
        roles.add(Role.HEAD);
      }
      if (ADMIN_USER.equals(username)) {
        roles.add(Role.ADMIN);
      }
      identity.ensureMembership(username, roles);
    }
  }

  private static Reader reader(String path) {
    try {
      return new InputStreamReader(new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

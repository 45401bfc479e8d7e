package id.kinerja.organization;

import java.util.List;

/** Published when an HR import stored employees; carries what identity provisioning needs, no entities. */
public record EmployeesImported(List<Account> created) {

  public record Account(String username, String name, String email) {
  }
}

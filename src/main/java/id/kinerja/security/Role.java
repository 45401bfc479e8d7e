package id.kinerja.security;

import java.util.Arrays;
import java.util.Optional;

/**
 * Application roles. Each is a group in the identity provider (Camunda identity in the embedded default,
 * Keycloak groups with SSO), so that process tasks can use the same names as candidate groups.
 * SUPERVISOR and SENIOR are not roles: they follow from the organisation tree, per employee.
 */
public enum Role {
  /** Pegawai: every employee. */
  EMPLOYEE("pegawai"),
  /** Pengelola Kinerja (BKPSDM / kepegawaian). */
  HR("hr"),
  /** Pimpinan unit kerja / organisasi. */
  HEAD("pimpinan"),
  /** Technical administrator of the engine (Camunda Admin / Cockpit). */
  ADMIN("camunda-admin");

  private final String groupId;

  Role(String groupId) {
    this.groupId = groupId;
  }

  public String groupId() {
    return groupId;
  }

  public String authority() {
    return "ROLE_" + name();
  }

  public static Optional<Role> ofGroup(String groupId) {
    return Arrays.stream(values()).filter(r -> r.groupId.equals(groupId)).findFirst();
  }
}

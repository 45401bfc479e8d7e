package id.kinerja.security;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The first HR administrator of a fresh installation, from the environment ({@code KINERJA_ADMIN_USERNAME},
 * {@code KINERJA_ADMIN_PASSWORD}): created once at start-up when no such user exists, member of {@code hr} and
 * {@code camunda-admin}; an existing user is never changed (its password and groups are HR's from then on). Camunda
 * Admin's open setup page is closed ({@link ClosedCamundaSetup}). With Keycloak (read-only identity) the
 * administrators are the realm's {@code hr} / {@code camunda-admin} members and nothing is created here.
 */
@Component
class FirstAdministrator {

  private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);
  static final int MIN_PASSWORD_LENGTH = 12;

  private final IdentityService identity;
  private final String username;
  private final String password;

  FirstAdministrator(IdentityService identity, @Value("${kinerja.admin.username:}") String username,
      @Value("${kinerja.admin.password:}") String password) {
    this.identity = identity;
    this.username = username == null ? "" : username.strip();
    this.password = password == null ? "" : password;
  }

  /** After the role groups exist ({@link EmbeddedIdentity}, order 0), before the demo government (order 10). */
  @EventListener(ApplicationReadyEvent.class)
  @Order(5)
  public void create() {
    if (identity.isReadOnly()) {
      if (!username.isEmpty()) {
        log.warn("KINERJA_ADMIN_USERNAME is ignored: users come from the external identity provider (Keycloak)");
      }
      return;
    }
    if (username.isEmpty()) {
      if (identity.createUserQuery().memberOfGroup(Role.ADMIN.groupId()).count() == 0) {
        log.warn("No Camunda administrator yet: set KINERJA_ADMIN_USERNAME and KINERJA_ADMIN_PASSWORD and restart"
            + " (the setup page of Camunda Admin is closed)");
      }
      return;
    }
    if (identity.createUserQuery().userId(username).count() > 0) {
      return;
    }
    if (password.length() < MIN_PASSWORD_LENGTH) {
      throw new IllegalStateException("KINERJA_ADMIN_PASSWORD must have at least " + MIN_PASSWORD_LENGTH
          + " characters to create the first administrator '" + username + "'");
    }
    User user = identity.newUser(username);
    user.setFirstName("Administrator");
    user.setLastName("Kinerja");
    user.setPassword(password);
    identity.saveUser(user);
    for (String group : List.of(Role.HR.groupId(), Role.ADMIN.groupId())) {
      identity.createMembership(username, group);
    }
    log.info("First administrator '{}' created (groups hr, camunda-admin)", username);
  }
}

package id.kinerja.organization;

import id.kinerja.security.EmbeddedIdentity;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/** Every employee an import created gets a login, once the import has committed. */
@Component
class ImportedEmployeeLogins {

  private final EmbeddedIdentity identity;

  ImportedEmployeeLogins(EmbeddedIdentity identity) {
    this.identity = identity;
  }

  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
  void onImport(EmployeesImported event) {
    for (EmployeesImported.Account account : event.created()) {
      identity.createEmployeeLogin(account.username(), account.name(), account.email());
    }
  }
}

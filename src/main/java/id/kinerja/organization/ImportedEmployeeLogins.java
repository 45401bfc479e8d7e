package id.kinerja.organization;

import id.kinerja.security.EmbeddedIdentity;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Every employee an import created gets a login, once the import has committed: in transactions of
 * {@value #BATCH} logins, not one per engine call (about five commits per login before issue 21; the benchmark's
 * import of 5,000 employees spent most of its time there).
 */
@Component
class ImportedEmployeeLogins {

  static final int BATCH = 500;

  private final EmbeddedIdentity identity;
  private final org.springframework.transaction.support.TransactionTemplate batch;

  ImportedEmployeeLogins(EmbeddedIdentity identity,
      org.springframework.transaction.PlatformTransactionManager transactions) {
    this.identity = identity;
    this.batch = new org.springframework.transaction.support.TransactionTemplate(transactions);
    // after the import's commit its connection is still bound: the logins need transactions of their own
    this.batch.setPropagationBehavior(org.springframework.transaction.TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
  void onImport(EmployeesImported event) {
    java.util.List<EmployeesImported.Account> accounts = java.util.List.copyOf(event.created());
    for (int from = 0; from < accounts.size(); from += BATCH) {
      java.util.List<EmployeesImported.Account> part = accounts.subList(from, Math.min(accounts.size(), from + BATCH));
      batch.executeWithoutResult(status -> part.forEach(account ->
          identity.createEmployeeLogin(account.username(), account.name(), account.email())));
    }
  }
}

package id.kinerja.organization;

import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The organisation's version: a counter row ({@code organization_version}, V36) that every write to the organisation
 * (units, positions, employees, acting heads, reporting-line corrections) bumps once its transaction has committed,
 * so that each node's cached {@link OrganizationChart} is rebuilt on the next read — on every node sharing the
 * database (decision 105).
 *
 * <p><b>A new writer joins with one call:</b> {@link #changed()} inside its transaction. Writes through the JPA
 * entities of this module are announced by themselves ({@link OrganizationWrites}); SQL or bulk JPQL updates of
 * those tables must call it.
 */
@Component
public class OrganizationChanges {

  private static final Object CHANGED = OrganizationChanges.class.getName() + ".changed";

  private final JdbcTemplate jdbc;
  private final org.springframework.beans.factory.ObjectProvider<PlatformTransactionManager> transactions;
  private volatile TransactionTemplate ownTransaction;
  private final java.util.List<Runnable> evictions = new java.util.concurrent.CopyOnWriteArrayList<>();

  /** The transaction manager is looked up on first use: the JPA entity listener needs this bean before it exists. */
  OrganizationChanges(DataSource dataSource,
      org.springframework.beans.factory.ObjectProvider<PlatformTransactionManager> transactions) {
    this.jdbc = new JdbcTemplate(dataSource);
    this.transactions = transactions;
  }

  /**
   * Announces that the current transaction changes the organisation: until it ends, charts read in it are built
   * afresh (they see its own writes) and never cached; after its commit the version is bumped and this node's cached
   * chart dropped. Outside a transaction the version is bumped at once. Cheap to call many times.
   */
  public void changed() {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      bump();
      return;
    }
    if (TransactionSynchronizationManager.hasResource(CHANGED)) {
      return;
    }
    TransactionSynchronizationManager.bindResource(CHANGED, Boolean.TRUE);
    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
      @Override
      public void afterCommit() {
        bump();
      }

      @Override
      public void afterCompletion(int status) {
        TransactionSynchronizationManager.unbindResourceIfPossible(CHANGED);
        evictions.forEach(Runnable::run);
      }
    });
  }

  /** Whether the current transaction has changed the organisation (its charts are not to be cached). */
  boolean changedInThisTransaction() {
    return TransactionSynchronizationManager.hasResource(CHANGED);
  }

  /** The committed version: one primary-key read. */
  long version() {
    Long version = jdbc.queryForObject("select version from organization_version where id = 1", Long.class);
    return version == null ? 0 : version;
  }

  /** Called on this node after every change this node commits (a cache drops its chart). */
  void onChange(Runnable eviction) {
    evictions.add(eviction);
  }

  private void bump() {
    // after the commit the transaction's connection is still bound: the update needs its own transaction
    TransactionTemplate own = ownTransaction;
    if (own == null) {
      own = new TransactionTemplate(transactions.getObject());
      own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
      ownTransaction = own;
    }
    own.executeWithoutResult(status ->
        jdbc.update("update organization_version set version = version + 1 where id = 1"));
    evictions.forEach(Runnable::run);
  }
}

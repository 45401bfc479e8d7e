package id.kinerja.notification;

import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/** For unit tests of mail delivery, where transactions are not the subject: a template that only runs the work. */
final class NoTransactions extends AbstractPlatformTransactionManager {

  static TransactionTemplate template() {
    return new TransactionTemplate(new NoTransactions());
  }

  @Override
  protected Object doGetTransaction() {
    return new Object();
  }

  @Override
  protected void doBegin(Object transaction, TransactionDefinition definition) {
  }

  @Override
  protected void doCommit(DefaultTransactionStatus status) {
  }

  @Override
  protected void doRollback(DefaultTransactionStatus status) {
  }
}

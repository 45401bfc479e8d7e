package id.kinerja.portal;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.security.KinerjaUser;
import id.kinerja.security.Role;
import jakarta.persistence.EntityManager;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.hibernate.Session;
import org.hibernate.SessionEventListener;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The monitor's cost does not grow with the team (decision 88): the SQL statements of one monitor, counted on its own
 * Hibernate session (so other tests' background work does not count), with the shared organisation chart already
 * cached, are as many for kadinkes' whole Dinas as for
 * kasi.imunisasi's two subordinates — give or take a cycle or survey lookup — and a small fixed number.
 */
class TeamMonitorQueriesIT extends TeamScenario {

  @Autowired
  TeamMonitor monitor;

  @Autowired
  EntityManager entityManager;

  @Autowired
  TransactionTemplate transaction;

  @Autowired
  id.kinerja.organization.OrganizationCharts charts;

  @Test
  void aWholeDinasCostsNoMoreStatementsThanTwoPeople() { // 12 and 12 when written
    team();
    Counted small = count(new KinerjaUser("kasi.imunisasi", Set.of(Role.EMPLOYEE)));
    Counted large = count(new KinerjaUser("kadinkes", Set.of(Role.EMPLOYEE, Role.HEAD)));

    // 2 in the scenario; EmployeeImportIT may have added two more to the seksi before this runs
    assertThat(small.people()).isGreaterThanOrEqualTo(2);
    assertThat(small.statements()).as("the counter counts").isGreaterThanOrEqualTo(8);
    assertThat(large.people()).isGreaterThanOrEqualTo(8);
    assertThat(large.statements()).as("statements for %d people vs %d people", large.people(), small.people())
        .isLessThanOrEqualTo(small.statements() + 2).isLessThanOrEqualTo(16);
    assertThat(large.people()).isGreaterThan(small.people());
  }

  private record Counted(int people, int statements) {
  }

  private Counted count(KinerjaUser user) {
    return transaction.execute(status -> {
      // the shared chart is cached (decision 105): build it before counting, so both counts see it cached and
      // differ only by what the monitor itself asks (a rebuild between the two counts is not the monitor's cost)
      charts.current();
      AtomicInteger statements = new AtomicInteger();
      entityManager.unwrap(Session.class).addEventListeners(new SessionEventListener() {
        @Override
        public void jdbcExecuteStatementStart() {
          statements.incrementAndGet();
        }
      });
      int people = monitor.of(user, null, YEAR).lines().size();
      return new Counted(people, statements.get());
    });
  }
}

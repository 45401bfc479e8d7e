package id.kinerja.organization;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.support.PostgresIntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The shared cached organisation chart (decision 105) on two root units of its own (CCH-…, no employees, nothing
 * other tests count): reused while nothing changes, and a change is seen at once — made through the entities on
 * this node, by SQL from "another node" (which bumps the version row), or inside the writer's own transaction.
 */
class OrganizationChartCacheIT extends PostgresIntegrationTest {

  @Autowired
  OrganizationCharts charts;
  @Autowired
  OrganizationChanges changes;
  @Autowired
  OrgUnits units;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  PlatformTransactionManager transactionManager;

  @Test
  void reusedWhileNothingChangesAndRebuiltAtOnceAfterEveryKindOfWrite() {
    TransactionTemplate tx = new TransactionTemplate(transactionManager);
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    long[] ids = tx.execute(status -> {
      OrgUnit top = units.save(new OrgUnit("CCH-A-" + suffix, "Cache A", UnitLevel.PEMDA, null));
      OrgUnit other = units.save(new OrgUnit("CCH-B-" + suffix, "Cache B", UnitLevel.PEMDA, null));
      return new long[] {top.getId(), other.getId()};
    });
    long a = ids[0];
    long b = ids[1];

    OrganizationChart first = charts.current();
    assertThat(first.subtreeOf(a)).containsExactly(a);
    assertThat(charts.current()).as("nothing changed: the same chart").isSameAs(first);

    // a write through the entities on this node: B moves under A
    long before = changes.version();
    tx.executeWithoutResult(status -> {
      OrgUnit unitB = units.findById(b).orElseThrow();
      unitB.update(unitB.getName(), UnitLevel.OPD, units.findById(a).orElseThrow(), null, null, null);
    });
    assertThat(changes.version()).isGreaterThan(before);
    OrganizationChart afterMove = charts.current();
    assertThat(afterMove).isNotSameAs(first);
    assertThat(afterMove.subtreeOf(a)).containsExactlyInAnyOrder(a, b);
    assertThat(charts.current()).isSameAs(afterMove);

    // another node writes by SQL and bumps the version row: seen at once here
    jdbc.update("update org_unit set parent_id = null where id = ?", b);
    assertThat(charts.current().subtreeOf(a)).as("not announced yet: the cached chart").containsExactlyInAnyOrder(a, b);
    jdbc.update("update organization_version set version = version + 1 where id = 1");
    assertThat(charts.current().subtreeOf(a)).containsExactly(a);

    // inside a writing transaction the chart sees the transaction's own (flushed) writes and is not cached
    OrganizationChart settled = charts.current();
    tx.executeWithoutResult(status -> {
      OrgUnit unitB = units.findById(b).orElseThrow();
      unitB.update(unitB.getName(), UnitLevel.OPD, units.findById(a).orElseThrow(), null, null, null);
      units.flush();
      assertThat(charts.current().subtreeOf(a)).containsExactlyInAnyOrder(a, b);
      status.setRollbackOnly();
    });
    long afterRollback = changes.version();
    OrganizationChart again = charts.current();
    assertThat(again.subtreeOf(a)).as("rolled back: B is a root again").containsExactly(a);
    assertThat(changes.version()).isEqualTo(afterRollback);
    assertThat(settled.subtreeOf(a)).containsExactly(a);

    // explicit announcement (a writer that bypasses the entities): the next read rebuilds
    tx.executeWithoutResult(status -> changes.changed());
    assertThat(charts.current()).isNotSameAs(again);
  }
}

package id.kinerja.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The engine-facing task queries run on H2 (the embedded default) as on PostgreSQL (the ITs): percentiles by the
 * database, the median and p90 waiting time of open tasks from their creation times, overdue without a due date.
 */
class TaskWaitsH2Test {

  private static final Instant NOW = Instant.parse("2026-12-01T00:00:00Z");
  private JdbcTemplate jdbc;
  private TaskWaits waits;

  @BeforeEach
  void tables() {
    DriverManagerDataSource data = new DriverManagerDataSource("jdbc:h2:mem:taskwaits" + System.nanoTime()
        + ";DB_CLOSE_DELAY=-1", "sa", "");
    jdbc = new JdbcTemplate(data);
    jdbc.execute("create table employee (id bigint primary key, username varchar(64), name varchar(200),"
        + " unit_id bigint)");
    jdbc.execute("create table ACT_RU_TASK (ID_ varchar(64), TASK_DEF_KEY_ varchar(255), NAME_ varchar(255),"
        + " ASSIGNEE_ varchar(255), CREATE_TIME_ timestamp, DUE_DATE_ timestamp)");
    jdbc.execute("create table ACT_HI_TASKINST (ID_ varchar(64), PROC_DEF_KEY_ varchar(255),"
        + " TASK_DEF_KEY_ varchar(255), NAME_ varchar(255), ASSIGNEE_ varchar(255), END_TIME_ timestamp,"
        + " DUE_DATE_ timestamp, DURATION_ bigint)");
    jdbc.update("insert into employee values (1, 'a', 'A', 10), (2, 'b', 'B', 20)");
    for (int days = 1; days <= 10; days++) {
      jdbc.update("insert into ACT_RU_TASK values (?, 'Tinjau', 'Tinjau SKP', 'a', ?, null)", "t" + days,
          Timestamp.from(NOW.minus(Duration.ofDays(days))));
      jdbc.update("insert into ACT_HI_TASKINST values (?, 'skp-planning', 'Tinjau', 'Tinjau SKP', 'a', ?, null, ?)",
          "h" + days, Timestamp.from(NOW.minus(Duration.ofDays(1))), Duration.ofDays(days).toMillis());
    }
    jdbc.update("insert into ACT_RU_TASK values ('x', 'Susun', 'Susun SKP', 'b', ?, ?)",
        Timestamp.from(NOW.minus(Duration.ofDays(1))), Timestamp.from(NOW.minus(Duration.ofHours(1))));
    jdbc.update("insert into ACT_RU_TASK values ('y', 'Susun', 'Susun SKP', null, ?, null)", Timestamp.from(NOW));
    waits = new TaskWaits(new NamedParameterJdbcTemplate(data));
  }

  @Test
  void openTasksPerDefinitionAndUnitWithMedianAndP90Wait() {
    List<TaskWaits.OpenTasks> open = waits.open(Set.of(10L), NOW, NOW.minus(Duration.ofDays(7)));
    assertThat(open).singleElement().satisfies(t -> {
      assertThat(t.taskKey()).isEqualTo("Tinjau");
      assertThat(t.unitId()).isEqualTo(10L);
      assertThat(t.open()).isEqualTo(10);
      assertThat(t.overdue()).as("open for more than 7 days").isEqualTo(3);
      // waiting 1..10 days: nearest rank 5th and 9th
      assertThat(t.medianWait()).isEqualTo(Duration.ofDays(5));
      assertThat(t.p90Wait()).isEqualTo(Duration.ofDays(9));
    });
    List<TaskWaits.OpenTasks> all = waits.open(null, NOW, NOW.minus(Duration.ofDays(7)));
    assertThat(all).extracting(TaskWaits.OpenTasks::taskKey).containsExactly("Tinjau", "Susun", "Susun");
    assertThat(all).filteredOn(t -> Long.valueOf(20).equals(t.unitId())).singleElement()
        .satisfies(t -> assertThat(t.overdue()).as("past its due date").isEqualTo(1));
    assertThat(waits.open(Set.of(), NOW, NOW)).isEmpty();
  }

  @Test
  void theOpenTasksOfOneYearAreThoseOfThatYearsSkpsAndEvaluations() {
    jdbc.execute("alter table ACT_RU_TASK add column PROC_INST_ID_ varchar(64)");
    jdbc.execute("create table ACT_RU_EXECUTION (ID_ varchar(64), ROOT_PROC_INST_ID_ varchar(64),"
        + " BUSINESS_KEY_ varchar(255))");
    jdbc.execute("create table skp (id bigint primary key, skp_year integer)");
    jdbc.execute("create table evaluation (id bigint primary key, skp_id bigint)");
    jdbc.update("insert into skp values (1, 2026), (2, 2025)");
    jdbc.update("insert into evaluation values (7, 1)");
    // planning of 2026 (t1), check-in of 2025 (t2), a reward called by the 2026 evaluation (t3), a complaint (t4)
    jdbc.update("insert into ACT_RU_EXECUTION values ('p1', 'p1', 'skp-1'), ('p2', 'p2', 'dialog-2'),"
        + " ('p3', 'p3', 'evaluasi-7'), ('p3b', 'p3', 'evaluasi-7'), ('p4', 'p4', 'pengaduan-1')");
    jdbc.update("update ACT_RU_TASK set PROC_INST_ID_ = 'p1' where ID_ = 't1'");
    jdbc.update("update ACT_RU_TASK set PROC_INST_ID_ = 'p2' where ID_ = 't2'");
    jdbc.update("update ACT_RU_TASK set PROC_INST_ID_ = 'p3b' where ID_ = 't3'");
    jdbc.update("update ACT_RU_TASK set PROC_INST_ID_ = 'p4' where ID_ = 't4'");
    Instant overdue = NOW.minus(Duration.ofDays(7));
    assertThat(waits.open(Set.of(10L), NOW, overdue, 2026)).singleElement()
        .satisfies(t -> assertThat(t.open()).as("t1 and t3").isEqualTo(2));
    assertThat(waits.open(Set.of(10L), NOW, overdue, 2025)).singleElement()
        .satisfies(t -> assertThat(t.open()).as("t2").isEqualTo(1));
    assertThat(waits.open(null, NOW, overdue, 2024)).isEmpty();
    assertThat(waits.open(Set.of(10L), NOW, overdue, null)).singleElement()
        .satisfies(t -> assertThat(t.open()).as("every year").isEqualTo(10));
  }

  @Test
  void completedTasksWithDatabasePercentiles() {
    List<TaskWaits.CompletedTasks> done = waits.completed(Set.of(10L), NOW.minus(Duration.ofDays(30)), NOW);
    assertThat(done).singleElement().satisfies(t -> {
      assertThat(t.completed()).isEqualTo(10);
      assertThat(t.median()).isEqualTo(Duration.ofHours(132));
      // continuous percentile of 1..10 days: 9.1 days
      assertThat(t.p90()).isEqualTo(Duration.ofDays(9).plusMinutes(144));
    });
    assertThat(waits.completed(Set.of(20L), NOW.minus(Duration.ofDays(30)), NOW)).isEmpty();
  }

  @Test
  void slowestAssigneesFirst() {
    assertThat(waits.slowestAssignees(null, NOW, NOW.minus(Duration.ofDays(7)), 5))
        .extracting(TaskWaits.Assignee::username).containsExactly("a", "b");
    assertThat(waits.slowestAssignees(Set.of(20L), NOW, NOW.minus(Duration.ofDays(7)), 5))
        .singleElement().satisfies(a -> assertThat(a.longestWait()).isEqualTo(Duration.ofDays(1)));
  }
}

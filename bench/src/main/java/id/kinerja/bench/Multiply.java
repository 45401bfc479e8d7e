package id.kinerja.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * W2's data, in seconds instead of hours of HTTP: grows the engine's tables by SQL copies of what the workloads
 * before it wrote. Open tasks ({@code act_ru_task}) are copied with fresh ids, each with copies of its assignee's
 * task grants ({@code act_ru_authorization}, resource types 7 TASK and 19 HISTORIC_TASK), so that the query with
 * authorizations sees what it would see in life; history rows ({@code act_hi_actinst}, {@code act_hi_detail},
 * {@code act_hi_varinst}, {@code act_hi_taskinst}) are copied until the history tables hold the target. Copies keep their process
 * instance, assignee and dates: the per-person lists grow proportionally (everyone's list about open/N long).
 *
 * <p>Usage: {@code Multiply jdbcUrl user password openTasks historyRows}. Prints {@code w2.seed.*} lines.
 */
public final class Multiply {

  static final String[] HISTORY = {"act_hi_procinst", "act_hi_actinst", "act_hi_taskinst", "act_hi_varinst",
      "act_hi_detail", "act_hi_identitylink", "act_hi_job_log"};
  static final String[] GROWN = {"act_hi_actinst", "act_hi_detail", "act_hi_varinst", "act_hi_taskinst"};

  private Multiply() {
  }

  public static void main(String[] args) throws Exception {
    long openTarget = Long.parseLong(args[3]);
    long historyTarget = Long.parseLong(args[4]);
    long t0 = System.nanoTime();
    try (Connection c = DriverManager.getConnection(args[0], args[1], args[2]); Statement s = c.createStatement()) {
      c.setAutoCommit(false);
      long open = count(s, "select count(*) from act_ru_task");
      long add = Math.max(0, openTarget - open);
      if (open > 0 && add > 0) {
        long copies = (add + open - 1) / open;
        s.execute("create temporary table bench_task_copy on commit drop as select t.id_ as old_id, "
            + "'bt' || g || '-' || t.id_ as new_id from act_ru_task t cross join generate_series(1, " + copies
            + ") g order by g, t.id_ limit " + add);
        s.executeUpdate(copy(c, "act_ru_task", "t", "join bench_task_copy k on k.old_id = t.id_",
            List.of("id_", "k.new_id")));
        s.executeUpdate(copy(c, "act_ru_authorization", "t",
            "join bench_task_copy k on k.old_id = t.resource_id_ and t.resource_type_ in (7, 19)",
            List.of("id_", "'ba-' || md5(k.new_id || t.id_)", "resource_id_", "k.new_id")));
      }
      long history = 0;
      for (String table : HISTORY) {
        history += count(s, "select count(*) from " + table);
      }
      long need = Math.max(0, historyTarget - history);
      for (int i = 0; i < GROWN.length && need > 0; i++) {
        String table = GROWN[i];
        long rows = count(s, "select count(*) from " + table);
        long share = i == GROWN.length - 1 ? need : need / (GROWN.length - i);
        if (rows == 0 || share == 0) {
          continue;
        }
        long copies = (share + rows - 1) / rows;
        need -= s.executeUpdate(copy(c, table, "t", "cross join generate_series(1, " + copies + ") g",
            List.of("id_", "'bh' || g || '-' || t.id_")) + " limit " + share);
      }
      c.commit();
      c.setAutoCommit(true);
      for (String table : new String[] {"act_ru_task", "act_ru_authorization", "act_hi_actinst", "act_hi_detail",
          "act_hi_varinst", "act_hi_taskinst"}) {
        s.execute("analyze " + table);
      }
      long historyAfter = 0;
      for (String table : HISTORY) {
        historyAfter += count(s, "select count(*) from " + table);
      }
      System.out.println("w2.seed.open_tasks=" + count(s, "select count(*) from act_ru_task"));
      System.out.println("w2.seed.authorizations=" + count(s, "select count(*) from act_ru_authorization"));
      System.out.println("w2.seed.history_rows=" + historyAfter);
      System.out.printf("w2.seed.seconds=%.1f%n", (System.nanoTime() - t0) / 1e9);
    }
  }

  /** insert into table (all columns) select the same columns from table t, some replaced (column, expression…). */
  private static String copy(Connection c, String table, String alias, String from, List<String> replaced)
      throws Exception {
    List<String> columns = new ArrayList<>();
    try (ResultSet rs = c.getMetaData().getColumns(null, null, table, null)) {
      while (rs.next()) {
        columns.add(rs.getString("COLUMN_NAME").toLowerCase());
      }
    }
    List<String> values = new ArrayList<>();
    for (String column : columns) {
      String value = alias + "." + column;
      for (int i = 0; i < replaced.size(); i += 2) {
        if (replaced.get(i).equals(column)) {
          value = replaced.get(i + 1);
        }
      }
      values.add(value);
    }
    return "insert into " + table + " (" + String.join(", ", columns) + ") select " + String.join(", ", values)
        + " from " + table + " " + alias + " " + from;
  }

  private static long count(Statement s, String sql) throws Exception {
    try (ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}

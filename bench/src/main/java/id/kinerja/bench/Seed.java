package id.kinerja.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Generates a government of N employees straight into Kinerja's own tables (after the application created its
 * schema): one PEMDA root {@code BENCH} with its Sekretaris Daerah, then OPDs of 197 posts each (head; four bidang,
 * each a head and four seksi of a head and eleven staff), filled one holder per post until N employees exist.
 * Ids come from a high range (1,000,000,000 up) so they never meet the application's sequences (increment 50).
 * NIPs follow organization.Nip: birth date, appointment 25 years later, sex, serial ≠ 000, all distinct.
 *
 * <p>Usage: {@code Seed jdbcUrl user password employees}. Prints {@code seed.*} lines (key=value).
 */
public final class Seed {

  static final long BASE = 1_000_000_000L;
  static final int SEKSI_PER_BIDANG = 4;
  static final int BIDANG_PER_OPD = 4;
  static final int STAFF_PER_SEKSI = 11;

  private Seed() {
  }

  public static void main(String[] args) throws Exception {
    String url = args[0];
    int employees = Integer.parseInt(args[3]);
    long t0 = System.nanoTime();
    try (Connection c = DriverManager.getConnection(url, args[1], args[2])) {
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        s.execute("delete from employee where id >= " + BASE);
        s.execute("delete from job_position where id >= " + BASE);
        s.execute("delete from org_unit where id >= " + BASE + " and parent_id is not null and unit_level = 'SEKSI'");
        s.execute("delete from org_unit where id >= " + BASE + " and unit_level = 'BIDANG'");
        s.execute("delete from org_unit where id >= " + BASE + " and unit_level = 'OPD'");
        s.execute("delete from org_unit where id >= " + BASE);
      }
      Writer w = new Writer(c, employees);
      long root = w.unit("BENCH", "Pemerintah Kabupaten Bench", "PEMDA", null);
      w.post(root, "BENCH-SEKDA", "Sekretaris Daerah Bench", "JPT", true);
      for (int opd = 1; !w.limitReached(); opd++) {
        String opdCode = "BENCH-O" + opd;
        long opdId = w.unit(opdCode, "Dinas Bench " + opd, "OPD", root);
        w.post(opdId, opdCode + "-KEPALA", "Kepala Dinas Bench " + opd, "JPT", true);
        for (int b = 1; b <= BIDANG_PER_OPD; b++) {
          String bidangCode = opdCode + "-B" + b;
          long bidangId = w.unit(bidangCode, "Bidang " + b + " Dinas Bench " + opd, "BIDANG", opdId);
          w.post(bidangId, bidangCode + "-KABID", "Kepala Bidang " + b, "ADMINISTRATOR", true);
          for (int k = 1; k <= SEKSI_PER_BIDANG; k++) {
            String seksiCode = bidangCode + "-S" + k;
            long seksiId = w.unit(seksiCode, "Seksi " + k + " Bidang " + b + " Dinas Bench " + opd, "SEKSI", bidangId);
            w.post(seksiId, seksiCode + "-KASI", "Kepala Seksi " + k, "PENGAWAS", true);
            for (int p = 1; p <= STAFF_PER_SEKSI; p++) {
              w.post(seksiId, seksiCode + "-P" + p, "Pelaksana " + p, "PELAKSANA", false);
            }
          }
        }
      }
      w.flush();
      // announce the change to every node's cached organisation chart (V36, decision 105), as any writer by SQL must
      try (Statement s = c.createStatement()) {
        String exists = "select 1 from information_schema.tables where table_name = 'organization_version'";
        if (s.executeQuery(exists).next()) {
          s.executeUpdate("update organization_version set version = version + 1 where id = 1");
        }
      }
      c.commit();
      System.out.println("seed.employees=" + w.employees);
      System.out.println("seed.units=" + w.units);
      System.out.println("seed.positions=" + w.positions);
      System.out.printf("seed.seconds=%.1f%n", (System.nanoTime() - t0) / 1e9);
    }
  }

  /** The login name of bench employee {@code i} (1-based). */
  static String username(long i) {
    return String.format("bench%06d", i);
  }

  static String nip(long i) {
    LocalDate birth = LocalDate.of(1970, 1, 1).plusDays(i % 10_000);
    int appointmentMonth = (int) (i % 12) + 1;
    String serial = String.format("%03d", (i / 10_000) % 999 + 1);
    return birth.format(DateTimeFormatter.BASIC_ISO_DATE) + (birth.getYear() + 25)
        + String.format("%02d", appointmentMonth) + (1 + i % 2) + serial;
  }

  private static final class Writer {
    final Connection c;
    final PreparedStatement unit;
    final PreparedStatement position;
    final PreparedStatement employee;
    long units;
    long positions;
    long employees;
    int pending;
    final int limit;

    Writer(Connection c, int limit) throws Exception {
      this.c = c;
      this.limit = limit;
      unit = c.prepareStatement("insert into org_unit (id, code, name, unit_level, parent_id) values (?, ?, ?, ?, ?)");
      position = c.prepareStatement(
          "insert into job_position (id, code, name, type, unit_id, is_head) values (?, ?, ?, ?, ?, ?)");
      employee = c.prepareStatement("insert into employee (id, nip, name, username, type, email, unit_id, position_id,"
          + " active, version) values (?, ?, ?, ?, 'PNS', ?, ?, ?, true, 0)");
    }

    long unit(String code, String name, String level, Long parent) throws Exception {
      // units are written at once: positions and employees refer to them
      long id = BASE + ++units;
      unit.setLong(1, id);
      unit.setString(2, code);
      unit.setString(3, name);
      unit.setString(4, level);
      if (parent == null) {
        unit.setNull(5, java.sql.Types.BIGINT);
      } else {
        unit.setLong(5, parent);
      }
      unit.executeUpdate();
      return id;
    }

    void post(long unitId, String code, String name, String type, boolean head) throws Exception {
      if (limitReached()) {
        return;
      }
      long positionId = BASE + ++positions;
      position.setLong(1, positionId);
      position.setString(2, code);
      position.setString(3, name);
      position.setString(4, type);
      position.setLong(5, unitId);
      position.setBoolean(6, head);
      position.addBatch();
      long i = ++employees;
      employee.setLong(1, BASE + i);
      employee.setString(2, nip(i));
      employee.setString(3, "Pegawai Bench " + i);
      employee.setString(4, username(i));
      employee.setString(5, username(i) + "@bench.kinerja.test");
      employee.setLong(6, unitId);
      employee.setLong(7, positionId);
      employee.addBatch();
      if (++pending == 1000) {
        flush();
      }
    }

    boolean limitReached() {
      return employees >= limit;
    }

    void flush() throws Exception {
      position.executeBatch();
      employee.executeBatch();
      pending = 0;
    }
  }
}

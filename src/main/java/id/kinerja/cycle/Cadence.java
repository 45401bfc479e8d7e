package id.kinerja.cycle;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;

/**
 * How often a cycle's periodic evaluation happens. The one place that computes a cycle's period dates:
 * MONTHLY M1–M12, QUARTERLY Q1–Q4, SEMESTER S1–S2; every cadence ends with the ANNUAL evaluation.
 */
public enum Cadence {
  MONTHLY("M", 1),
  QUARTERLY("Q", 3),
  SEMESTER("S", 6),
  ANNUAL("ANNUAL", 12);

  private final String prefix;
  private final int months;

  Cadence(String prefix, int months) {
    this.prefix = prefix;
    this.months = months;
  }

  /** The periodic evaluation periods of {@code year}, in order, followed by the annual one. */
  public List<Period> periods(int year) {
    List<Period> periods = new ArrayList<>();
    if (this != ANNUAL) {
      for (int i = 0; i < 12 / months; i++) {
        LocalDate start = LocalDate.of(year, 1 + i * months, 1);
        periods.add(new Period(prefix + (i + 1), start, start.plusMonths(months).minusDays(1)));
      }
    }
    periods.add(new Period("ANNUAL", LocalDate.of(year, 1, 1), Year.of(year).atMonth(12).atEndOfMonth()));
    return periods;
  }

  /** The period called {@code code} (e.g. Q1, M3, S1, ANNUAL) of {@code year}, if this cadence has it. */
  public java.util.Optional<Period> period(int year, String code) {
    return periods(year).stream().filter(p -> p.code().equals(code)).findFirst();
  }

  /** One evaluation period, both ends inclusive. */
  public record Period(String code, LocalDate start, LocalDate end) {
  }
}

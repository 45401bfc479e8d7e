package id.kinerja.common;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The dates a request may name, per kind of field (issue 13), so that {@code 0000-01-01} or year 57440 never
 * reach a query or a frozen result. Nothing in Kinerja predates {@link #EARLIEST}; how far ahead depends on the field.
 */
public enum SensibleDates {

  /** Survey periods to be closed (their result is frozen): from 2000 to the end of next year. */
  SURVEY_PERIOD(1);

  public static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

  private final int yearsAhead;

  SensibleDates(int yearsAhead) {
    this.yearsAhead = yearsAhead;
  }

  public LocalDate latest(Clock clock) {
    return LocalDate.of(LocalDate.now(clock).getYear() + yearsAhead, 12, 31);
  }

  /** A violation for {@code field} when the date is outside this range; nothing for null (required is another rule). */
  public Optional<Violation> check(String field, LocalDate date, Clock clock) {
    if (date == null || (!date.isBefore(EARLIEST) && !date.isAfter(latest(clock)))) {
      return Optional.empty();
    }
    return Optional.of(Violation.of(field, "input.date-range", EARLIEST.toString(), latest(clock).toString()));
  }
}

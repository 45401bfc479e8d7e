package id.kinerja.report;

import id.kinerja.common.ApiException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Reading the query parameters of reports and dashboards; what the client got wrong is a 400 naming it. */
final class ReportParameters {

  static final int FIRST_YEAR = 2000;
  static final int LAST_YEAR = 2100;

  private ReportParameters() {
  }

  static int year(String value) {
    if (value == null || value.isBlank()) {
      throw ApiException.badRequest("report.parameter-required", "year");
    }
    try {
      int year = Integer.parseInt(value.trim());
      if (year >= FIRST_YEAR && year <= LAST_YEAR) {
        return year;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw ApiException.badRequest("report.year-invalid", value.trim(), String.valueOf(FIRST_YEAR),
        String.valueOf(LAST_YEAR));
  }

  static LocalDate date(String value, String parameter) {
    if (value == null || value.isBlank()) {
      throw ApiException.badRequest("report.parameter-required", parameter);
    }
    try {
      LocalDate date = LocalDate.parse(value.trim());
      if (date.getYear() >= FIRST_YEAR && date.getYear() <= LAST_YEAR) {
        return date;
      }
    } catch (DateTimeParseException e) {
      // refused below
    }
    throw ApiException.badRequest("report.date-invalid", parameter, value.trim());
  }

  static void range(LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      throw ApiException.badRequest("report.range-invalid", from, to);
    }
  }
}

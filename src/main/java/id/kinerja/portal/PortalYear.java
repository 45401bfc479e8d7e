package id.kinerja.portal;

import id.kinerja.common.ApiException;
import java.time.Clock;
import java.time.LocalDate;

/** The year a page shows: {@code ?tahun=} when given (2000–2100), else this year; anything else is refused. */
final class PortalYear {

  private PortalYear() {
  }

  /**
   * The year parameter as given, or this year when there is none: for pages whose service checks the year itself
   * (the dashboards and reports answer a bad one with their own message).
   */
  static String orThisYear(String raw, Clock clock) {
    return raw == null || raw.isBlank() ? String.valueOf(LocalDate.now(clock).getYear()) : raw;
  }

  static int of(String raw, Clock clock) {
    if (raw == null || raw.isBlank()) {
      return LocalDate.now(clock).getYear();
    }
    try {
      int year = Integer.parseInt(raw.trim());
      if (year >= 2000 && year <= 2100) {
        return year;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw ApiException.badRequest("portal.year-invalid", raw.length() > 20 ? raw.substring(0, 20) : raw);
  }
}

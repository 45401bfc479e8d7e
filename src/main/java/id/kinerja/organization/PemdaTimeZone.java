package id.kinerja.organization;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** A Pemda's time zone as HR writes it: WIB, WITA, WIT, or a java.time zone id such as Asia/Jayapura. */
final class PemdaTimeZone {

  private static final Map<String, ZoneId> INDONESIAN = Map.of(
      "WIB", ZoneId.of("Asia/Jakarta"),
      "WITA", ZoneId.of("Asia/Makassar"),
      "WIT", ZoneId.of("Asia/Jayapura"));

  private PemdaTimeZone() {
  }

  static Optional<ZoneId> parse(String value) {
    ZoneId named = INDONESIAN.get(value.trim().toUpperCase(Locale.ROOT));
    if (named != null) {
      return Optional.of(named);
    }
    try {
      return Optional.of(ZoneId.of(value.trim()));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}

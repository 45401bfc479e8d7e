package id.kinerja.organization;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * Nomor Induk Pegawai: 18 digits = birth date (yyyyMMdd) + appointment (yyyyMM) + sex (1 male, 2 female)
 * + 3-digit serial. PPPK numbers follow the same layout. {@link #problemWith} names the first broken part.
 */
public final class Nip {

  private static final int MIN_YEAR = 1900;

  private Nip() {
  }

  /** The message key of the first problem with {@code value} as a NIP, or empty when it is valid on {@code today}. */
  public static Optional<String> problemWith(String value, LocalDate today) {
    if (value == null || value.isBlank()) {
      return Optional.of("nip.required");
    }
    if (value.length() != 18 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return Optional.of("nip.format");
    }
    LocalDate birth;
    try {
      birth = LocalDate.of(num(value, 0, 4), num(value, 4, 6), num(value, 6, 8));
    } catch (DateTimeException e) {
      return Optional.of("nip.birth-date");
    }
    if (birth.getYear() < MIN_YEAR || birth.isAfter(today)) {
      return Optional.of("nip.birth-date");
    }
    int appointmentMonth = num(value, 12, 14);
    if (appointmentMonth < 1 || appointmentMonth > 12) {
      return Optional.of("nip.appointment");
    }
    YearMonth appointment = YearMonth.of(num(value, 8, 12), appointmentMonth);
    if (!appointment.isAfter(YearMonth.from(birth)) || appointment.isAfter(YearMonth.from(today))) {
      return Optional.of("nip.appointment");
    }
    char sex = value.charAt(14);
    if (sex != '1' && sex != '2') {
      return Optional.of("nip.sex");
    }
    if (value.endsWith("000")) {
      return Optional.of("nip.serial");
    }
    return Optional.empty();
  }

  private static int num(String value, int from, int to) {
    return Integer.parseInt(value.substring(from, to));
  }
}

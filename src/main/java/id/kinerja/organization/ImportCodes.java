package id.kinerja.organization;

import id.kinerja.common.Violation;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Checks shared by the unit and position imports: codes, names, counts and yes/no cells. */
final class ImportCodes {

  private static final Pattern CODE = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9._/-]{0,63}$");
  static final int NAME_MAX = 255;

  private ImportCodes() {
  }

  static boolean validCode(String code) {
    return CODE.matcher(code).matches();
  }

  /** A row's {@code kode}: well-formed and not already used by an earlier row of the same file. */
  static void checkCode(String code, int row, Map<String, Integer> firstRow, List<Violation> violations) {
    if (!validCode(code)) {
      violations.add(Violation.atRow(row, "kode", "import.code-invalid", code));
      return;
    }
    Integer earlier = firstRow.putIfAbsent(code, row);
    if (earlier != null) {
      violations.add(Violation.atRow(row, "kode", "import.code-duplicate", code, earlier));
    }
  }

  static boolean validName(String name) {
    return !name.isEmpty() && name.length() <= NAME_MAX;
  }

  /** A whole number from {@code min} to {@code max}; empty when the cell is not one. */
  static Optional<Integer> count(String value, int min, int max) {
    try {
      long n = Long.parseLong(value.trim());
      return n < min || n > max ? Optional.empty() : Optional.of((int) n);
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** true/false, ya/tidak, 1/0 (an empty cell is false); empty when the cell is none of them. */
  static Optional<Boolean> yesNo(String value) {
    return switch (value.trim().toLowerCase(Locale.ROOT)) {
      case "", "false", "tidak", "0", "n" -> Optional.of(false);
      case "true", "ya", "1", "y" -> Optional.of(true);
      default -> Optional.empty();
    };
  }

  static <E extends Enum<E>> E enumValue(Class<E> type, String value) {
    try {
      return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}

package id.kinerja.organization;

import java.util.Optional;
import java.util.regex.Pattern;

/** Golongan ruang of a PNS (I/a … IV/e) and golongan of a PPPK (I … XVII): the one place that checks them. */
final class Golongan {

  private static final Pattern PNS = Pattern.compile("^(I|II|III)/[a-d]$|^IV/[a-e]$");
  private static final Pattern PPPK = Pattern.compile("^(I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII|XIII|XIV|XV|XVI|XVII)$");

  private Golongan() {
  }

  /** The golongan as stored (roman numerals upper case, ruang lower case), or empty when it is not one. */
  static Optional<String> normalise(EmployeeType type, String value) {
    String trimmed = value.trim();
    int slash = trimmed.indexOf('/');
    String normalised = slash < 0 ? trimmed.toUpperCase(java.util.Locale.ROOT)
        : trimmed.substring(0, slash).toUpperCase(java.util.Locale.ROOT) + "/"
            + trimmed.substring(slash + 1).toLowerCase(java.util.Locale.ROOT);
    Pattern pattern = type == EmployeeType.PNS ? PNS : PPPK;
    return pattern.matcher(normalised).matches() ? Optional.of(normalised) : Optional.empty();
  }
}

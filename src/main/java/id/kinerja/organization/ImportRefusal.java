package id.kinerja.organization;

import id.kinerja.common.ValidationFailedException;
import id.kinerja.common.Violation;
import java.util.Comparator;
import java.util.List;

/** The 400 of a refused import: every bad row in file order, with the number of bad rows in the title. */
final class ImportRefusal {

  private ImportRefusal() {
  }

  static ValidationFailedException of(List<Violation> violations) {
    List<Violation> sorted = violations.stream()
        .sorted(Comparator.comparing(v -> v.row() == null ? 0 : v.row())).toList();
    long badRows = sorted.stream().map(Violation::row).distinct().count();
    return new ValidationFailedException("import.rejected", sorted, badRows);
  }
}

package id.kinerja.planning.process;

import id.kinerja.common.Labels;
import id.kinerja.planning.SkpView;

/** A plain-text summary of an SKP for a read-only form field, in Bahasa Indonesia (labels from {@link Labels}). */
final class SkpSummaryText {

  static final int MAX_LENGTH = 3900;

  private SkpSummaryText() {
  }

  static String of(SkpView skp, Labels labels) {
    StringBuilder text = new StringBuilder();
    text.append("SKP ").append(skp.year()).append(" — ").append(skp.employeeName()).append(" (NIP ")
        .append(skp.employeeNip()).append(")");
    if (skp.revision() > 0) {
      text.append(", revisi ke-").append(skp.revision());
    }
    int n = 1;
    for (SkpView.RhkView rhk : skp.rhk()) {
      text.append("\n\n").append(n++).append(". [").append(labels.of(rhk.type(), Labels.INDONESIAN))
          .append(", bobot ").append(rhk.weight()).append("%] ").append(rhk.text());
      for (SkpView.IndicatorView indicator : rhk.indicators()) {
        text.append("\n   • ").append(indicator.text()).append(" (")
            .append(labels.of(indicator.aspect(), Labels.INDONESIAN)).append(")");
        if (indicator.target() != null) {
          text.append(": target ").append(indicator.target().stripTrailingZeros().toPlainString());
          if (indicator.unit() != null) {
            text.append(' ').append(indicator.unit());
          }
        }
      }
    }
    return text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) + "…" : text.toString();
  }
}

package id.kinerja.planning.process;

import id.kinerja.planning.SkpView;

/** A plain-text summary of an SKP for a read-only form field. */
final class SkpSummaryText {

  private SkpSummaryText() {
  }

  static String of(SkpView skp) {
    StringBuilder text = new StringBuilder();
    text.append("SKP ").append(skp.year()).append(" — ").append(skp.employeeName()).append(" (NIP ")
        .append(skp.employeeNip()).append(")");
    if (skp.revision() > 0) {
      text.append(", revisi ke-").append(skp.revision());
    }
    int n = 1;
    for (SkpView.RhkView rhk : skp.rhk()) {
      text.append("\n\n").append(n++).append(". [").append(rhk.type()).append(", bobot ").append(rhk.weight())
          .append("%] ").append(rhk.text());
      for (SkpView.IndicatorView indicator : rhk.indicators()) {
        text.append("\n   • ").append(indicator.text()).append(" (").append(indicator.aspect()).append(")");
        if (indicator.target() != null) {
          text.append(": target ").append(indicator.target().stripTrailingZeros().toPlainString());
          if (indicator.unit() != null) {
            text.append(' ').append(indicator.unit());
          }
        }
      }
    }
    return text.length() > 3900 ? text.substring(0, 3900) + "…" : text.toString();
  }
}

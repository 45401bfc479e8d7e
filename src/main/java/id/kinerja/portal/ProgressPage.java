package id.kinerja.portal;

import id.kinerja.planning.Aggregation;
import id.kinerja.progress.ProgressService;
import id.kinerja.progress.ProgressView;
import id.kinerja.security.CurrentUser;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * {@code /app/progres/{skpId}}: per indicator the realisation so far, the target, what the pace of the year expects
 * by today (for summed indicators: the target times the share of the year gone; otherwise the target itself),
 * capaian and status — as a chart and as the table behind it.
 */
@Controller
class ProgressPage {

  private final CurrentUser currentUser;
  private final ProgressService progress;

  ProgressPage(CurrentUser currentUser, ProgressService progress) {
    this.currentUser = currentUser;
    this.progress = progress;
  }

  @GetMapping("/app/progres/{skpId}")
  String show(@PathVariable long skpId, Model model) {
    ProgressView view = progress.progress(skpId, currentUser.get());
    List<Row> rows = new ArrayList<>();
    for (ProgressView.RhkProgress rhk : view.rhk()) {
      for (ProgressView.IndicatorProgress i : rhk.indicators()) {
        rows.add(new Row(rhk.text(), i, expectedByNow(i, view.asOf(), view.year())));
      }
    }
    model.addAttribute("progress", view);
    model.addAttribute("rows", rows);
    return "portal/progres";
  }

  /** The pace of the year: what a summed indicator should have reached by {@code asOf}; others: the target. */
  static BigDecimal expectedByNow(ProgressView.IndicatorProgress indicator, LocalDate asOf, int year) {
    if (indicator.target() == null) {
      return null;
    }
    Aggregation aggregation = indicator.aggregation() != null ? indicator.aggregation()
        : Aggregation.defaultFor(indicator.aspect());
    if (aggregation != Aggregation.SUM) {
      return indicator.target();
    }
    LocalDate start = LocalDate.of(year, 1, 1);
    long days = ChronoUnit.DAYS.between(start, start.plusYears(1));
    long gone = Math.max(0, Math.min(days, ChronoUnit.DAYS.between(start, asOf) + 1));
    return indicator.target().multiply(BigDecimal.valueOf(gone))
        .divide(BigDecimal.valueOf(days), 2, RoundingMode.HALF_UP);
  }

  record Row(String rhk, ProgressView.IndicatorProgress indicator, BigDecimal expected) {
  }
}

package id.kinerja.evaluation;

import id.kinerja.common.ApiException;
import id.kinerja.security.KinerjaUser;
import id.kinerja.security.Role;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * HR's view of how far the evaluations have come, per cycle (a cycle is opened for an OPD or another unit) and
 * period: how many were started, are with the employee or the supervisor, published, final. One grouped query.
 */
@Service
public class EvaluationProgress {

  private final Evaluations evaluations;

  EvaluationProgress(Evaluations evaluations) {
    this.evaluations = evaluations;
  }

  /**
   * One period of a cycle: {@code started} evaluations, of which {@code assessed} are past the supervisor's
   * assessment (final approval, published, objection, final) and {@code published} were published (or final).
   */
  public record Period(Long cycleId, String periodCode, LocalDate periodFrom, long started, long assessed,
      long published) {

    public int publishedPercent() {
      return started == 0 ? 0 : (int) (published * 100 / started);
    }
  }

  /** Per cycle id its periods in date order (HR only). */
  @Transactional(readOnly = true)
  public Map<Long, List<Period>> byCycle(KinerjaUser user) {
    if (!user.has(Role.HR)) {
      throw ApiException.forbidden("evaluation.progress-hr-only");
    }
    Map<Long, Map<String, List<EvaluationCount>>> grouped = evaluations.countByCycleAndPeriodAndStatus().stream()
        .collect(Collectors.groupingBy(EvaluationCount::cycleId, Collectors.groupingBy(EvaluationCount::periodCode)));
    return grouped.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, cycle -> {
      List<Period> periods = new ArrayList<>();
      cycle.getValue().forEach((code, counts) -> {
        long started = counts.stream().mapToLong(EvaluationCount::count).sum();
        long assessed = counts.stream().filter(c -> c.status() != EvaluationStatus.SELF_EVALUATION
            && c.status() != EvaluationStatus.SUPERVISOR_ASSESSMENT).mapToLong(EvaluationCount::count).sum();
        long published = counts.stream().filter(c -> c.status() == EvaluationStatus.PUBLISHED
            || c.status() == EvaluationStatus.OBJECTION || c.status() == EvaluationStatus.FINAL)
            .mapToLong(EvaluationCount::count).sum();
        LocalDate from = counts.stream().map(EvaluationCount::periodFrom).min(LocalDate::compareTo).orElse(null);
        periods.add(new Period(cycle.getKey(), code, from, started, assessed, published));
      });
      periods.sort(Comparator.comparing(Period::periodFrom, Comparator.nullsLast(Comparator.naturalOrder())));
      return periods;
    }));
  }
}

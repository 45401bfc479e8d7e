package id.kinerja.progress;

import id.kinerja.planning.Aggregation;
import id.kinerja.planning.Direction;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * The one place of capaian arithmetic (domain.md, "Achievement per indicator", PermenPANRB 8/2021 formula):
 * higher is better C = R / T × 100; lower is better C = (2 − R / T) × 100, floored at 0; every C capped at 120.
 * An RHK's capaian is the mean of its numeric indicators' C; an SKP's weighted capaian is Σ (RHK capaian × weight)
 * / Σ weight over the RHK that have one (none, or a weight sum of 0: no weighted capaian). Nothing is rounded
 * along the way; {@link #report} rounds half-up to 2 decimals, once, from the exact value.
 * <p>
 * Also the one place of period targets (domain.md, SKP "Period targets"): the target up to the end of periodic
 * period k of n is the one entered with the SKP, else T × k / n for a SUM indicator and T for a LATEST or AVERAGE
 * one (an indicator bound to the survey counts as LATEST); the annual evaluation compares with T. Progress status
 * and the evaluation both take their targets from here.
 */
public final class Achievement {

  static final MathContext PRECISION = MathContext.DECIMAL128;
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final BigDecimal CAP = BigDecimal.valueOf(120);
  private static final BigDecimal TWO = BigDecimal.valueOf(2);

  private Achievement() {
  }

  /** One realisation entry: its date, when it was entered, its value. */
  public record Entry(LocalDate date, Instant enteredAt, BigDecimal value) {
  }

  /** R so far; null without entries. */
  public static BigDecimal realisedSoFar(Aggregation aggregation, List<Entry> entries) {
    List<Entry> valued = entries.stream().filter(e -> e.value() != null).toList();
    if (valued.isEmpty()) {
      return null;
    }
    return switch (aggregation) {
      case SUM -> valued.stream().map(Entry::value).reduce(BigDecimal.ZERO, BigDecimal::add);
      case LATEST -> valued.stream()
          .max(Comparator.comparing(Entry::date).thenComparing(Entry::enteredAt)).orElseThrow().value();
      case AVERAGE -> valued.stream().map(Entry::value).reduce(BigDecimal.ZERO, BigDecimal::add)
          .divide(BigDecimal.valueOf(valued.size()), PRECISION);
    };
  }

  /**
   * C in percent, unrounded, floored at 0 and capped at 120; null without a realisation or a positive target. An
   * indicator without a direction counts as higher-is-better (the default of an SKP indicator), wherever it is shown.
   */
  public static BigDecimal indicatorCapaian(BigDecimal realised, BigDecimal target, Direction direction) {
    if (realised == null || target == null || target.signum() <= 0) {
      return null;
    }
    BigDecimal ratio = realised.divide(target, PRECISION);
    BigDecimal capaian = direction == Direction.LOWER_IS_BETTER
        ? TWO.subtract(ratio).multiply(HUNDRED).max(BigDecimal.ZERO)
        : ratio.multiply(HUNDRED);
    return capaian.min(CAP);
  }

  /** Mean of the indicators' capaian (nulls skipped); null when none has one. */
  public static BigDecimal rhkCapaian(List<BigDecimal> indicatorCapaian) {
    List<BigDecimal> present = indicatorCapaian.stream().filter(c -> c != null).toList();
    if (present.isEmpty()) {
      return null;
    }
    return present.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
        .divide(BigDecimal.valueOf(present.size()), PRECISION);
  }

  /** An RHK's capaian (null: no numeric indicator with a capaian) and weight. */
  public record WeightedRhk(BigDecimal capaian, int weight) {
  }

  /** Σ (capaian × weight) / Σ weight over the RHK with a capaian; null when none, or their weights sum to 0. */
  public static BigDecimal weightedCapaian(List<WeightedRhk> rhk) {
    BigDecimal weighted = BigDecimal.ZERO;
    int weights = 0;
    for (WeightedRhk r : rhk) {
      if (r.capaian() != null) {
        weighted = weighted.add(r.capaian().multiply(BigDecimal.valueOf(r.weight())));
        weights += r.weight();
      }
    }
    return weights == 0 ? null : weighted.divide(BigDecimal.valueOf(weights), PRECISION);
  }

  /**
   * The target up to the end of periodic period {@code k} (1-based) of {@code n}: the entered one when there are
   * exactly n, else T × k / n for SUM and T otherwise. {@code k} outside 1…n (the annual evaluation): T.
   */
  public static BigDecimal periodTarget(Aggregation aggregation, BigDecimal target, List<BigDecimal> periodTargets,
      int k, int n) {
    if (k < 1 || k > n) {
      return target;
    }
    if (periodTargets != null && periodTargets.size() == n && periodTargets.get(k - 1) != null) {
      return periodTargets.get(k - 1);
    }
    if (target == null) {
      return null;
    }
    return aggregation == Aggregation.SUM && k < n
        ? target.multiply(BigDecimal.valueOf(k)).divide(BigDecimal.valueOf(n), PRECISION)
        : target;
  }

  /**
   * {@link #periodTarget(Aggregation, BigDecimal, List, int, int)} of an SKP indicator: its aggregation in effect,
   * LATEST when it is bound to the survey (the IKM is a level, not a sum).
   */
  public static BigDecimal periodTarget(id.kinerja.planning.SkpView.IndicatorView indicator, int k, int n) {
    return periodTarget(targetAggregation(indicator), indicator.target(), indicator.periodTargets(), k, n);
  }

  static Aggregation targetAggregation(id.kinerja.planning.SkpView.IndicatorView indicator) {
    return indicator.ikmUnitCode() != null ? Aggregation.LATEST : indicator.effectiveAggregation();
  }

  /** One periodic period, both ends inclusive. */
  public record Span(LocalDate start, LocalDate end) {
  }

  /**
   * The target expected by {@code asOf} (progress status): for SUM the period target of the period that holds
   * {@code asOf}, interpolated by the days gone by in that period from the previous period's target (without
   * periodic periods: T × the share of the year gone by); for LATEST and AVERAGE the period's target.
   */
  public static BigDecimal targetAsOf(Aggregation aggregation, BigDecimal target, List<BigDecimal> periodTargets,
      List<Span> periods, int year, LocalDate asOf) {
    int n = periods.size();
    int k = 0;
    for (int i = 0; i < n; i++) {
      if (!asOf.isBefore(periods.get(i).start()) && !asOf.isAfter(periods.get(i).end())) {
        k = i + 1;
      }
    }
    if (k == 0) {
      if (target == null || aggregation != Aggregation.SUM) {
        return target;
      }
      return target.multiply(BigDecimal.valueOf(asOf.getDayOfYear()))
          .divide(BigDecimal.valueOf(java.time.Year.of(year).length()), PRECISION);
    }
    BigDecimal current = periodTarget(aggregation, target, periodTargets, k, n);
    if (aggregation != Aggregation.SUM || current == null) {
      return current;
    }
    BigDecimal previous = k == 1 ? BigDecimal.ZERO : periodTarget(aggregation, target, periodTargets, k - 1, n);
    Span span = periods.get(k - 1);
    long days = span.end().toEpochDay() - span.start().toEpochDay() + 1;
    long gone = asOf.toEpochDay() - span.start().toEpochDay() + 1;
    return previous.add(current.subtract(previous).multiply(BigDecimal.valueOf(gone))
        .divide(BigDecimal.valueOf(days), PRECISION));
  }

  /** A percentage for display: half-up to 2 decimals. */
  public static BigDecimal report(BigDecimal value) {
    return value == null ? null : value.setScale(2, RoundingMode.HALF_UP);
  }
}

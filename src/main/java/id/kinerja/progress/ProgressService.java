package id.kinerja.progress;

import id.kinerja.planning.Aggregation;
import id.kinerja.planning.CapaianSource;
import id.kinerja.planning.SkpService;
import id.kinerja.planning.SkpView;
import id.kinerja.security.KinerjaUser;
import id.kinerja.survey.SurveyService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Real-time monitoring of an SKP: R so far and capaian per indicator ({@link Achievement}), per RHK and weighted
 * for the SKP, with a status. Status compares R so far with the target expected by today
 * ({@link Achievement#targetAsOf}: the period targets of the cycle's cadence, interpolated within the period for
 * summed indicators; the period's target for latest/average ones) — the same period targets the evaluation uses;
 * ON_TRACK from
 * {@code kinerja.progress.on-track-ratio} of that (default 0.9), AT_RISK from {@code at-risk-ratio} (0.7), else
 * BEHIND. An indicator bound to a survey unit takes the unit's converted IKM for the year so far.
 * <p>
 * The status of a whole SKP (decision 89, the one place of that rule): the same ratios applied to its weighted
 * capaian against the pace — each numeric indicator's capaian of R so far against the target expected by today
 * (100 when nothing is expected yet), averaged per RHK and weighted by the RHK weights exactly as the weighted
 * capaian is. One indicator far behind among many on track makes the SKP at risk, not behind.
 */
@Service
public class ProgressService implements CapaianSource {

  private final SkpService skps;
  private final Realisations realisations;
  private final SurveyService surveys;
  private final Clock clock;
  private final id.kinerja.cycle.CycleLookup cycles;
  private final BigDecimal onTrack;
  private final BigDecimal atRisk;

  ProgressService(SkpService skps, Realisations realisations, SurveyService surveys, Clock clock,
      id.kinerja.cycle.CycleLookup cycles,
      @Value("${kinerja.progress.on-track-ratio:0.9}") BigDecimal onTrack,
      @Value("${kinerja.progress.at-risk-ratio:0.7}") BigDecimal atRisk) {
    this.cycles = cycles;
    this.skps = skps;
    this.realisations = realisations;
    this.surveys = surveys;
    this.clock = clock;
    this.onTrack = onTrack;
    this.atRisk = atRisk;
  }

  @Transactional(readOnly = true)
  public ProgressView progress(long skpId, KinerjaUser user) {
    SkpView skp = skps.view(skpId, user);
    return compute(skp, realisations.findBySkpIdOrderByDateAscCreatedAtAsc(skpId).stream()
        .map(RealisationPoint::of).toList());
  }

  /**
   * R per numeric indicator of an SKP counting the entries up to {@code asOf} (indicators bound to the survey: the
   * unit's converted IKM from the start of the year to {@code asOf}); indicators without one are absent.
   */
  @Transactional(readOnly = true)
  public Map<Long, BigDecimal> realisedAsOf(long skpId, LocalDate asOf) {
    SkpView skp = skps.view(skpId);
    Map<Long, List<Realisation>> byIndicator = realisations.findBySkpIdOrderByDateAscCreatedAtAsc(skpId).stream()
        .filter(r -> !r.getDate().isAfter(asOf)).collect(Collectors.groupingBy(Realisation::getIndicatorId));
    Map<Long, BigDecimal> result = new HashMap<>();
    for (SkpView.RhkView rhk : skp.rhk()) {
      for (SkpView.IndicatorView indicator : rhk.indicators()) {
        BigDecimal realised = indicator.ikmUnitCode() != null
            ? surveys.convertedIkm(indicator.ikmUnitCode(), LocalDate.of(skp.year(), 1, 1), asOf).orElse(null)
            : Achievement.realisedSoFar(indicator.effectiveAggregation(), byIndicator
                .getOrDefault(indicator.id(), List.of()).stream()
                .map(r -> new Achievement.Entry(r.getDate(), r.getCreatedAt(), r.getValue())).toList());
        if (realised != null && indicator.isNumeric()) {
          result.put(indicator.id(), realised);
        }
      }
    }
    return result;
  }

  @Override
  @Transactional(readOnly = true)
  public Map<Long, BigDecimal> weightedCapaian(Collection<Long> skpIds) {
    Map<Long, BigDecimal> result = new HashMap<>();
    summaries(skpIds).forEach((id, summary) -> {
      if (summary.weightedCapaian() != null) {
        result.put(id, summary.weightedCapaian());
      }
    });
    return result;
  }

  /**
   * Progress of many SKPs for a monitor (no caller to check: the caller has checked who may see them), without a
   * query per SKP: the SKPs in bulk ({@link SkpService#views}), their realisations as values, one query per
   * {@value SkpService#CHUNK} SKPs each. Unknown ids are absent.
   */
  @Transactional(readOnly = true)
  public Map<Long, SkpProgress> summaries(Collection<Long> skpIds) {
    if (skpIds.isEmpty()) {
      return Map.of();
    }
    Map<Long, SkpView> views = skps.views(skpIds);
    List<Long> ids = List.copyOf(views.keySet());
    Map<Long, List<RealisationPoint>> bySkp = new HashMap<>();
    for (int i = 0; i < ids.size(); i += SkpService.CHUNK) {
      realisations.findPointsBySkpIdIn(ids.subList(i, Math.min(ids.size(), i + SkpService.CHUNK)))
          .forEach(p -> bySkp.computeIfAbsent(p.skpId(), k -> new ArrayList<>()).add(p));
    }
    Map<Long, SkpProgress> result = new HashMap<>();
    views.forEach((id, skp) -> {
      List<RealisationPoint> entries = bySkp.getOrDefault(id, List.of());
      ProgressView progress = compute(skp, entries);
      LocalDate last = entries.stream().map(RealisationPoint::date).max(LocalDate::compareTo).orElse(null);
      result.put(id, new SkpProgress(id, progress.weightedCapaian(), progress.status(), last, entries.size()));
    });
    return result;
  }

  private ProgressView compute(SkpView skp, List<RealisationPoint> entries) {
    LocalDate today = LocalDate.now(clock);
    LocalDate yearStart = LocalDate.of(skp.year(), 1, 1);
    LocalDate asOf = today.getYear() == skp.year() ? today
        : today.isBefore(yearStart) ? yearStart : LocalDate.of(skp.year(), 12, 31);
    List<Achievement.Span> periods = skp.cycleId() == null ? List.of() : cycles.find(skp.cycleId())
        .map(c -> c.getCadence().periods(c.getYear()).stream().filter(p -> !"ANNUAL".equals(p.code()))
            .map(p -> new Achievement.Span(p.start(), p.end())).toList())
        .orElse(List.of());
    Map<Long, List<RealisationPoint>> byIndicator = entries.stream()
        .collect(Collectors.groupingBy(RealisationPoint::indicatorId));
    List<ProgressView.RhkProgress> rhkProgress = new ArrayList<>();
    List<Achievement.WeightedRhk> weighted = new ArrayList<>();
    List<Achievement.WeightedRhk> weightedPace = new ArrayList<>();
    for (SkpView.RhkView rhk : skp.rhk()) {
      List<ProgressView.IndicatorProgress> indicators = new ArrayList<>();
      List<BigDecimal> numericCapaian = new ArrayList<>();
      List<BigDecimal> paceCapaian = new ArrayList<>();
      boolean hasNumeric = false;
      for (SkpView.IndicatorView indicator : rhk.indicators()) {
        List<RealisationPoint> own = byIndicator.getOrDefault(indicator.id(), List.of());
        Aggregation aggregation = indicator.effectiveAggregation();
        BigDecimal realised;
        String source;
        if (indicator.ikmUnitCode() != null) {
          source = "SURVEY_IKM";
          realised = surveys.convertedIkm(indicator.ikmUnitCode(), yearStart, asOf).orElse(null);
        } else {
          source = "ENTRIES";
          realised = Achievement.realisedSoFar(aggregation, own.stream().map(RealisationPoint::entry).toList());
        }
        BigDecimal capaian = null;
        ProgressStatus status = null;
        if (indicator.isNumeric()) {
          hasNumeric = true;
          capaian = Achievement.indicatorCapaian(realised, indicator.target(), indicator.direction());
          numericCapaian.add(capaian);
          BigDecimal expected = Achievement.targetAsOf(Achievement.targetAggregation(indicator), indicator.target(),
              indicator.periodTargets(), periods, skp.year(), asOf);
          status = status(realised, expected, indicator.direction());
          paceCapaian.add(paceCapaian(realised, expected, indicator.direction()));
        }
        indicators.add(new ProgressView.IndicatorProgress(indicator.id(), indicator.text(), indicator.aspect(),
            indicator.approach(), indicator.target(), indicator.unit(), indicator.direction(), aggregation, source,
            own.size(), realised == null ? null : realised.stripTrailingZeros(), Achievement.report(capaian), status));
      }
      BigDecimal rhkCapaian = hasNumeric ? Achievement.rhkCapaian(numericCapaian) : null;
      weighted.add(new Achievement.WeightedRhk(rhkCapaian, rhk.weight()));
      weightedPace.add(new Achievement.WeightedRhk(hasNumeric ? Achievement.rhkCapaian(paceCapaian) : null,
          rhk.weight()));
      rhkProgress.add(new ProgressView.RhkProgress(rhk.id(), rhk.text(), rhk.type(), rhk.weight(),
          Achievement.report(rhkCapaian), indicators));
    }
    BigDecimal pace = Achievement.weightedCapaian(weightedPace);
    return new ProgressView(skp.id(), skp.year(), asOf, Achievement.report(Achievement.weightedCapaian(weighted)),
        pace == null ? null : statusOfRatio(pace), rhkProgress);
  }

  /** R so far against the target expected by now (nothing expected yet: on track). */
  private ProgressStatus status(BigDecimal realised, BigDecimal expected, id.kinerja.planning.Direction direction) {
    if (expected != null && expected.signum() == 0) {
      return ProgressStatus.ON_TRACK;
    }
    BigDecimal capaian = Achievement.indicatorCapaian(realised, expected, direction);
    if (capaian == null) {
      return ProgressStatus.BEHIND;
    }
    return statusOfRatio(capaian);
  }

  /** An indicator's capaian against the pace as {@link #status} reads it: 0 for BEHIND without one, 100 if none due. */
  private static BigDecimal paceCapaian(BigDecimal realised, BigDecimal expected,
      id.kinerja.planning.Direction direction) {
    if (expected != null && expected.signum() == 0) {
      return BigDecimal.valueOf(100);
    }
    BigDecimal capaian = Achievement.indicatorCapaian(realised, expected, direction);
    return capaian == null ? BigDecimal.ZERO : capaian;
  }

  /** The thresholds, on a capaian against the pace in percent. */
  private ProgressStatus statusOfRatio(BigDecimal capaian) {
    BigDecimal ratio = capaian.divide(BigDecimal.valueOf(100), Achievement.PRECISION);
    if (ratio.compareTo(onTrack) >= 0) {
      return ProgressStatus.ON_TRACK;
    }
    return ratio.compareTo(atRisk) >= 0 ? ProgressStatus.AT_RISK : ProgressStatus.BEHIND;
  }
}

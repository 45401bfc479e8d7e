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
    return compute(skp, realisations.findBySkpIdOrderByDateAscCreatedAtAsc(skpId));
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
    Map<Long, List<Realisation>> bySkp = realisations.findBySkpIdIn(skpIds).stream()
        .collect(Collectors.groupingBy(Realisation::getSkpId));
    Map<Long, BigDecimal> result = new HashMap<>();
    for (Long id : skpIds) {
      BigDecimal capaian = compute(skps.view(id), bySkp.getOrDefault(id, List.of())).weightedCapaian();
      if (capaian != null) {
        result.put(id, capaian);
      }
    }
    return result;
  }

  private ProgressView compute(SkpView skp, List<Realisation> entries) {
    LocalDate today = LocalDate.now(clock);
    LocalDate yearStart = LocalDate.of(skp.year(), 1, 1);
    LocalDate asOf = today.getYear() == skp.year() ? today
        : today.isBefore(yearStart) ? yearStart : LocalDate.of(skp.year(), 12, 31);
    List<Achievement.Span> periods = skp.cycleId() == null ? List.of() : cycles.find(skp.cycleId())
        .map(c -> c.getCadence().periods(c.getYear()).stream().filter(p -> !"ANNUAL".equals(p.code()))
            .map(p -> new Achievement.Span(p.start(), p.end())).toList())
        .orElse(List.of());
    Map<Long, List<Realisation>> byIndicator = entries.stream()
        .collect(Collectors.groupingBy(Realisation::getIndicatorId));
    List<ProgressView.RhkProgress> rhkProgress = new ArrayList<>();
    List<Achievement.WeightedRhk> weighted = new ArrayList<>();
    for (SkpView.RhkView rhk : skp.rhk()) {
      List<ProgressView.IndicatorProgress> indicators = new ArrayList<>();
      List<BigDecimal> numericCapaian = new ArrayList<>();
      boolean hasNumeric = false;
      for (SkpView.IndicatorView indicator : rhk.indicators()) {
        List<Realisation> own = byIndicator.getOrDefault(indicator.id(), List.of());
        Aggregation aggregation = indicator.effectiveAggregation();
        BigDecimal realised;
        String source;
        if (indicator.ikmUnitCode() != null) {
          source = "SURVEY_IKM";
          realised = surveys.convertedIkm(indicator.ikmUnitCode(), yearStart, asOf).orElse(null);
        } else {
          source = "ENTRIES";
          realised = Achievement.realisedSoFar(aggregation, own.stream()
              .map(r -> new Achievement.Entry(r.getDate(), r.getCreatedAt(), r.getValue())).toList());
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
        }
        indicators.add(new ProgressView.IndicatorProgress(indicator.id(), indicator.text(), indicator.aspect(),
            indicator.approach(), indicator.target(), indicator.unit(), indicator.direction(), aggregation, source,
            own.size(), realised == null ? null : realised.stripTrailingZeros(), Achievement.report(capaian), status));
      }
      BigDecimal rhkCapaian = hasNumeric ? Achievement.rhkCapaian(numericCapaian) : null;
      weighted.add(new Achievement.WeightedRhk(rhkCapaian, rhk.weight()));
      rhkProgress.add(new ProgressView.RhkProgress(rhk.id(), rhk.text(), rhk.type(), rhk.weight(),
          Achievement.report(rhkCapaian), indicators));
    }
    return new ProgressView(skp.id(), skp.year(), asOf, Achievement.report(Achievement.weightedCapaian(weighted)),
        rhkProgress);
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
    BigDecimal ratio = capaian.divide(BigDecimal.valueOf(100), Achievement.PRECISION);
    if (ratio.compareTo(onTrack) >= 0) {
      return ProgressStatus.ON_TRACK;
    }
    return ratio.compareTo(atRisk) >= 0 ? ProgressStatus.AT_RISK : ProgressStatus.BEHIND;
  }
}

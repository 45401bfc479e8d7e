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
 * for the SKP, with a status. Status compares the capaian with the pace expected by today: for summed indicators
 * the share of the year gone by, for latest/average ones the full target; ON_TRACK from
 * {@code kinerja.progress.on-track-ratio} of that (default 0.9), AT_RISK from {@code at-risk-ratio} (0.7), else
 * BEHIND. An indicator bound to a survey unit takes the unit's converted IKM for the year so far.
 */
@Service
public class ProgressService implements CapaianSource {

  private final SkpService skps;
  private final Realisations realisations;
  private final SurveyService surveys;
  private final Clock clock;
  private final BigDecimal onTrack;
  private final BigDecimal atRisk;

  ProgressService(SkpService skps, Realisations realisations, SurveyService surveys, Clock clock,
      @Value("${kinerja.progress.on-track-ratio:0.9}") BigDecimal onTrack,
      @Value("${kinerja.progress.at-risk-ratio:0.7}") BigDecimal atRisk) {
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
    BigDecimal yearShare = BigDecimal.valueOf(asOf.getDayOfYear())
        .divide(BigDecimal.valueOf(Year.of(skp.year()).length()), Achievement.PRECISION);
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
          status = status(capaian, aggregation == Aggregation.SUM && indicator.ikmUnitCode() == null
              ? yearShare : BigDecimal.ONE);
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

  private ProgressStatus status(BigDecimal capaian, BigDecimal expectedShare) {
    if (capaian == null) {
      return ProgressStatus.BEHIND;
    }
    BigDecimal expected = expectedShare.multiply(BigDecimal.valueOf(100));
    if (expected.signum() == 0) {
      return ProgressStatus.ON_TRACK;
    }
    BigDecimal ratio = capaian.divide(expected, Achievement.PRECISION);
    if (ratio.compareTo(onTrack) >= 0) {
      return ProgressStatus.ON_TRACK;
    }
    return ratio.compareTo(atRisk) >= 0 ? ProgressStatus.AT_RISK : ProgressStatus.BEHIND;
  }
}

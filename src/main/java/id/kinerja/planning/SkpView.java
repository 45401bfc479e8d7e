package id.kinerja.planning;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** An SKP as the API shows it: status, content and every review round. */
public record SkpView(
    Long id,
    int year,
    int revision,
    Long revisionOfId,
    Long cycleId,
    SkpStatus status,
    boolean inForce,
    String employeeNip,
    String employeeName,
    String employeeUsername,
    Instant agreedAt,
    List<RhkView> rhk,
    List<ReviewView> reviews,
    java.util.Map<CoreValue, String> expectations) {

  /** The perilaku kerja part: ekspektasi khusus pimpinan per BerAKHLAK value (absent: none written). */
  public SkpView {
    expectations = expectations == null || expectations.isEmpty() ? java.util.Map.of()
        : java.util.Collections.unmodifiableMap(new java.util.EnumMap<>(expectations));
  }

  /** The expectation for one value, or null. */
  public String expectation(CoreValue value) {
    return expectations.get(value);
  }

  public record RhkView(Long id, String text, RhkType type, int weight, Long supervisorRhkId, Perspective perspective,
      List<IndicatorView> indicators) {
  }

  public record IndicatorView(Long id, String text, Aspect aspect, Approach approach, BigDecimal target, String unit,
      Direction direction, Aggregation aggregation, String ikmUnitCode, List<BigDecimal> periodTargets) {

    /** The aggregation in effect: the indicator's own, else the default of its aspect. */
    public Aggregation effectiveAggregation() {
      return aggregation != null ? aggregation : Aggregation.defaultFor(aspect);
    }

    public boolean isNumeric() {
      return approach == Approach.KUANTITATIF;
    }
  }

  public record ReviewView(int round, Instant submittedAt, String submittedBy, String reviewer,
      ReviewDecision decision, String notes, Instant decidedAt) {
  }

  static SkpView of(Skp skp) {
    return new SkpView(skp.getId(), skp.getYear(), skp.getRevision(), skp.getRevisionOfId(), skp.getCycleId(),
        skp.getStatus(), skp.isInForce(), skp.getEmployee().getNip(), skp.getEmployee().getName(),
        skp.getEmployee().getUsername(), skp.getAgreedAt(),
        skp.getRhk().stream().map(r -> new RhkView(r.getId(), r.getText(), r.getType(), r.getWeight(),
            r.getSupervisorRhkId(), r.getPerspective(),
            r.getIndicators().stream().map(i -> new IndicatorView(i.getId(), i.getText(), i.getAspect(),
                i.getApproach(), i.getTarget(), i.getUnit(), i.getDirection(), i.getAggregation(),
                i.getIkmUnitCode(), i.getPeriodTargets())).toList())).toList(),
        skp.getReviews().stream().map(v -> new ReviewView(v.getRound(), v.getSubmittedAt(), v.getSubmittedBy(),
            v.getReviewer(), v.getDecision(), v.getNotes(), v.getDecidedAt())).toList(), skp.getExpectations());
  }

  /** The same content in the shape of {@link SkpDraft}, to prefill the "Susun SKP" form. */
  public SkpDraft asDraft() {
    return new SkpDraft(rhk.stream().map(r -> new SkpDraft.RhkDraft(r.text(), r.type().name(),
        BigDecimal.valueOf(r.weight()), r.supervisorRhkId(), r.perspective() == null ? null : r.perspective().name(),
        r.indicators().stream().map(i -> new SkpDraft.IndicatorDraft(i.text(), i.aspect().name(), i.approach().name(),
            i.target(), i.unit(), i.direction() == null ? null : i.direction().name(),
            i.aggregation() == null ? null : i.aggregation().name(), i.ikmUnitCode(),
            i.periodTargets().isEmpty() ? null : i.periodTargets())).toList())).toList());
  }
}

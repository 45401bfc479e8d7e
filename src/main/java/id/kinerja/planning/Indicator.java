package id.kinerja.planning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** Indikator Kinerja Individu (IKI) with its target. */
@Entity
@Table(name = "indicator")
public class Indicator {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "indicator_seq")
  @SequenceGenerator(name = "indicator_seq", sequenceName = "indicator_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "rhk_id", nullable = false)
  private Rhk rhk;

  @Column(name = "sort_order", nullable = false)
  private int sortOrder;

  @Column(nullable = false)
  private String text;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Aspect aspect;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Approach approach;

  private BigDecimal target;

  @Column(name = "target_unit")
  private String unit;

  @Enumerated(EnumType.STRING)
  private Direction direction;

  /** Overrides the aspect's default aggregation when set. */
  @Enumerated(EnumType.STRING)
  private Aggregation aggregation;

  /** When set, the realisation is the converted IKM of this service unit's survey, not entered by hand. */
  @Column(name = "ikm_unit_code")
  private String ikmUnitCode;

  /** The targets up to the end of each periodic period, separated by {@code ;}; null: the defaults. */
  @Column(name = "period_targets")
  private String periodTargets;

  protected Indicator() {
  }

  Indicator(int sortOrder, String text, Aspect aspect, Approach approach, BigDecimal target, String unit,
      Direction direction, Aggregation aggregation, String ikmUnitCode, java.util.List<BigDecimal> periodTargets) {
    this(sortOrder, text, aspect, approach, target, unit, direction, aggregation, ikmUnitCode);
    this.periodTargets = periodTargets == null || periodTargets.isEmpty() ? null : String.join(";",
        periodTargets.stream().map(BigDecimal::toPlainString).toList());
  }

  Indicator(int sortOrder, String text, Aspect aspect, Approach approach, BigDecimal target, String unit,
      Direction direction, Aggregation aggregation, String ikmUnitCode) {
    this.sortOrder = sortOrder;
    this.text = text;
    this.aspect = aspect;
    this.approach = approach;
    this.target = target;
    this.unit = unit;
    this.direction = direction;
    this.aggregation = aggregation;
    this.ikmUnitCode = ikmUnitCode;
  }

  void attachTo(Rhk rhk) {
    this.rhk = rhk;
  }

  Indicator copy() {
    return new Indicator(sortOrder, text, aspect, approach, target, unit, direction, aggregation, ikmUnitCode,
        getPeriodTargets());
  }

  public boolean isNumeric() {
    return approach == Approach.KUANTITATIF;
  }

  public Long getId() {
    return id;
  }

  public Rhk getRhk() {
    return rhk;
  }

  public int getSortOrder() {
    return sortOrder;
  }

  public String getText() {
    return text;
  }

  public Aspect getAspect() {
    return aspect;
  }

  public Approach getApproach() {
    return approach;
  }

  public BigDecimal getTarget() {
    return target;
  }

  public String getUnit() {
    return unit;
  }

  public Direction getDirection() {
    return direction;
  }

  public Aggregation getAggregation() {
    return aggregation;
  }

  /** The aggregation in effect: the indicator's own, else the default of its aspect. */
  public Aggregation effectiveAggregation() {
    return aggregation != null ? aggregation : Aggregation.defaultFor(aspect);
  }

  /** The entered period targets, in period order; empty when none were entered. */
  public java.util.List<BigDecimal> getPeriodTargets() {
    return periodTargets == null ? java.util.List.of()
        : java.util.Arrays.stream(periodTargets.split(";")).map(BigDecimal::new).toList();
  }

  public String getIkmUnitCode() {
    return ikmUnitCode;
  }
}

package id.kinerja.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** An organisation's (OPD's) predikat for a cycle's annual evaluation and its curve check. */
@Entity
@Table(name = "organisation_rating")
public class OrganisationRating {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "organisation_rating_seq")
  @SequenceGenerator(name = "organisation_rating_seq", sequenceName = "organisation_rating_seq", allocationSize = 50)
  private Long id;

  @Column(name = "cycle_id", nullable = false)
  private Long cycleId;

  @Column(name = "unit_id", nullable = false)
  private Long unitId;

  @Enumerated(EnumType.STRING)
  private OrganisationPredikat predikat;

  @Column(name = "set_by")
  private String setBy;

  @Column(name = "set_at")
  private Instant setAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "curve_status", nullable = false)
  private CurveStatus curveStatus = CurveStatus.PENDING;

  @Column(name = "checked_at")
  private Instant checkedAt;

  /** The PPK's decree when HR recorded the predikat (null when the leader above set it). */
  @Column(name = "decree_number")
  private String decreeNumber;

  @Column(name = "decree_date")
  private java.time.LocalDate decreeDate;

  protected OrganisationRating() {
  }

  OrganisationRating(Long cycleId, Long unitId) {
    this.cycleId = cycleId;
    this.unitId = unitId;
  }

  void set(OrganisationPredikat predikat, String by, Instant at) {
    this.predikat = predikat;
    this.setBy = by;
    this.setAt = at;
  }

  void decree(String number, java.time.LocalDate date) {
    this.decreeNumber = number;
    this.decreeDate = date;
  }

  public String getDecreeNumber() {
    return decreeNumber;
  }

  public java.time.LocalDate getDecreeDate() {
    return decreeDate;
  }

  void checked(CurveStatus status, Instant at) {
    this.curveStatus = status;
    this.checkedAt = at;
  }

  public Long getId() {
    return id;
  }

  public Long getCycleId() {
    return cycleId;
  }

  public Long getUnitId() {
    return unitId;
  }

  public OrganisationPredikat getPredikat() {
    return predikat;
  }

  public CurveStatus getCurveStatus() {
    return curveStatus;
  }
}

package id.kinerja.progress;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One realisation entry against an indicator of an agreed SKP (ids only: planning owns SKP and indicators). */
@Entity
@Table(name = "realisation")
public class Realisation {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "realisation_seq")
  @SequenceGenerator(name = "realisation_seq", sequenceName = "realisation_seq", allocationSize = 50)
  private Long id;

  @Column(name = "skp_id", nullable = false)
  private Long skpId;

  @Column(name = "indicator_id", nullable = false)
  private Long indicatorId;

  @Column(name = "realised_on", nullable = false)
  private LocalDate date;

  @Column(name = "realised_value")
  private BigDecimal value;

  private String narrative;

  private String description;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Version
  private long version;

  protected Realisation() {
  }

  Realisation(Long skpId, Long indicatorId, LocalDate date, BigDecimal value, String narrative, String description,
      Instant createdAt, String createdBy) {
    this.skpId = skpId;
    this.indicatorId = indicatorId;
    this.date = date;
    this.value = value;
    this.narrative = narrative;
    this.description = description;
    this.createdAt = createdAt;
    this.createdBy = createdBy;
  }

  void edit(LocalDate date, BigDecimal value, String narrative, String description, Instant at) {
    this.date = date;
    this.value = value;
    this.narrative = narrative;
    this.description = description;
    this.updatedAt = at;
  }

  public Long getId() {
    return id;
  }

  public Long getSkpId() {
    return skpId;
  }

  public Long getIndicatorId() {
    return indicatorId;
  }

  public LocalDate getDate() {
    return date;
  }

  public BigDecimal getValue() {
    return value;
  }

  public String getNarrative() {
    return narrative;
  }

  public String getDescription() {
    return description;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }
}

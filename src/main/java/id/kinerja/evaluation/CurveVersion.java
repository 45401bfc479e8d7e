package id.kinerja.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One version of the distribution curve; never changed once stored (a change is a new version). */
@Entity
@Table(name = "distribution_curve_version")
class CurveVersion {

  @Id
  private Integer version;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, updatable = false)
  private String createdBy;

  @Column(nullable = false, updatable = false, length = 1000)
  private String reason;

  /** The rules as JSON: {@code {"BAIK":[{"predikat":["BAIK"],"atMostPercent":70}], …}}. */
  @Column(nullable = false, updatable = false, length = 8000)
  private String rules;

  protected CurveVersion() {
  }

  CurveVersion(int version, Instant createdAt, String createdBy, String reason, String rules) {
    this.version = version;
    this.createdAt = createdAt;
    this.createdBy = createdBy;
    this.reason = reason;
    this.rules = rules;
  }

  int getVersion() {
    return version;
  }

  Instant getCreatedAt() {
    return createdAt;
  }

  String getCreatedBy() {
    return createdBy;
  }

  String getReason() {
    return reason;
  }

  String getRules() {
    return rules;
  }
}

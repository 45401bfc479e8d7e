package id.kinerja.survey;

import id.kinerja.organization.OrgUnit;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A one-time code handed out at a service counter; a response may carry it, and it then cannot be used again. */
@Entity
@Table(name = "survey_token")
public class SurveyToken {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "survey_token_seq")
  @SequenceGenerator(name = "survey_token_seq", sequenceName = "survey_token_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "unit_id", nullable = false)
  private OrgUnit unit;

  @Column(nullable = false)
  private String token;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  @Column(name = "used_at")
  private Instant usedAt;

  protected SurveyToken() {
  }

  SurveyToken(OrgUnit unit, String token, Instant createdAt, String createdBy) {
    this.unit = unit;
    this.token = token;
    this.createdAt = createdAt;
    this.createdBy = createdBy;
  }

  boolean isUsableFor(OrgUnit target) {
    return usedAt == null && unit.getId().equals(target.getId());
  }

  void use(Instant at) {
    usedAt = at;
  }

  public String getToken() {
    return token;
  }
}

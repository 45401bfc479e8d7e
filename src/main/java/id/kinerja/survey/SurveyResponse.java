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
import java.time.LocalDate;
import java.util.Map;

/** One anonymous answer sheet: the nine elements (1–4), an optional profile and an optional suggestion. */
@Entity
@Table(name = "survey_response")
public class SurveyResponse {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "survey_response_seq")
  @SequenceGenerator(name = "survey_response_seq", sequenceName = "survey_response_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "unit_id", nullable = false)
  private OrgUnit unit;

  @Column(name = "submitted_at", nullable = false)
  private Instant submittedAt;

  /** The day in the region's time zone, for period queries. */
  @Column(name = "submitted_on", nullable = false)
  private LocalDate submittedOn;

  private short u1;
  private short u2;
  private short u3;
  private short u4;
  private short u5;
  private short u6;
  private short u7;
  private short u8;
  private short u9;

  @Column(name = "age_group")
  private String ageGroup;

  private String sex;

  private String education;

  private String occupation;

  private String suggestion;

  protected SurveyResponse() {
  }

  SurveyResponse(OrgUnit unit, Instant submittedAt, LocalDate submittedOn, Map<SurveyElement, Integer> answers,
      RespondentProfile profile, String suggestion) {
    this.unit = unit;
    this.submittedAt = submittedAt;
    this.submittedOn = submittedOn;
    this.u1 = answers.get(SurveyElement.U1).shortValue();
    this.u2 = answers.get(SurveyElement.U2).shortValue();
    this.u3 = answers.get(SurveyElement.U3).shortValue();
    this.u4 = answers.get(SurveyElement.U4).shortValue();
    this.u5 = answers.get(SurveyElement.U5).shortValue();
    this.u6 = answers.get(SurveyElement.U6).shortValue();
    this.u7 = answers.get(SurveyElement.U7).shortValue();
    this.u8 = answers.get(SurveyElement.U8).shortValue();
    this.u9 = answers.get(SurveyElement.U9).shortValue();
    if (profile != null) {
      this.ageGroup = profile.ageGroup();
      this.sex = profile.sex();
      this.education = profile.education();
      this.occupation = profile.occupation();
    }
    this.suggestion = suggestion;
  }

  public Long getId() {
    return id;
  }

  public OrgUnit getUnit() {
    return unit;
  }

  public String getSuggestion() {
    return suggestion;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }
}

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
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

/** A closed survey period: the counts it had when closed are kept, so its result no longer changes. */
@Entity
@Table(name = "survey_period")
public class SurveyPeriod {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "survey_period_seq")
  @SequenceGenerator(name = "survey_period_seq", sequenceName = "survey_period_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "unit_id", nullable = false)
  private OrgUnit unit;

  @Column(name = "period_from", nullable = false)
  private LocalDate from;

  @Column(name = "period_to", nullable = false)
  private LocalDate to;

  @Column(name = "closed_at", nullable = false)
  private Instant closedAt;

  @Column(name = "closed_by", nullable = false)
  private String closedBy;

  @Column(nullable = false)
  private long respondents;

  /** The nine sums, comma-separated in element order. */
  @Column(nullable = false)
  private String sums;

  private Integer population;

  protected SurveyPeriod() {
  }

  SurveyPeriod(OrgUnit unit, LocalDate from, LocalDate to, Instant closedAt, String closedBy, long respondents,
      Map<SurveyElement, Long> sums, Integer population) {
    this.unit = unit;
    this.from = from;
    this.to = to;
    this.closedAt = closedAt;
    this.closedBy = closedBy;
    this.respondents = respondents;
    this.sums = Arrays.stream(SurveyElement.values()).map(e -> String.valueOf(sums.getOrDefault(e, 0L)))
        .collect(Collectors.joining(","));
    this.population = population;
  }

  long respondents() {
    return respondents;
  }

  Map<SurveyElement, Long> sums() {
    String[] parts = sums.split(",");
    Map<SurveyElement, Long> result = new EnumMap<>(SurveyElement.class);
    for (SurveyElement element : SurveyElement.values()) {
      result.put(element, Long.valueOf(parts[element.ordinal()]));
    }
    return result;
  }

  Integer population() {
    return population;
  }

  Instant closedAt() {
    return closedAt;
  }
}

package id.kinerja.survey;

import id.kinerja.common.ApiException;
import id.kinerja.common.AuditTrail;
import id.kinerja.common.SensibleDates;
import id.kinerja.common.ValidationFailedException;
import id.kinerja.common.Violation;
import id.kinerja.organization.Staff;
import id.kinerja.organization.OrgUnit;
import id.kinerja.organization.UnitDirectory;
import id.kinerja.organization.OrganizationChart;
import id.kinerja.organization.OrganizationCharts;
import id.kinerja.security.KinerjaUser;
import id.kinerja.security.Role;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Survey responses (public, anonymous), the IKM of a unit, closing periods and counter tokens. The IKM is for HR,
 * heads (pimpinan), the staff of the unit and the heads above it.
 */
@Service
public class SurveyService {

  static final int MAX_SUGGESTION = 2000;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final SurveyResponses responses;
  private final SurveyPeriods periods;
  private final SurveyTokens tokens;
  private final UnitDirectory units;
  private final Staff employees;
  private final OrganizationCharts charts;
  private final ComplaintHandling complaints;
  private final AuditTrail audit;
  private final Clock clock;

  private final IkmWeight ikmWeight;
  private final id.kinerja.organization.PemdaClocks pemdaClocks;

  SurveyService(SurveyResponses responses, SurveyPeriods periods, SurveyTokens tokens, UnitDirectory units,
      Staff employees, OrganizationCharts charts, ComplaintHandling complaints, AuditTrail audit, Clock clock,
      id.kinerja.organization.PemdaClocks pemdaClocks,
      @org.springframework.beans.factory.annotation.Value("${kinerja.survey.ikm-weight:EXACT_NINTH}")
      IkmWeight ikmWeight) {
    this.pemdaClocks = pemdaClocks;
    this.ikmWeight = ikmWeight;
    this.responses = responses;
    this.periods = periods;
    this.tokens = tokens;
    this.units = units;
    this.employees = employees;
    this.charts = charts;
    this.complaints = complaints;
    this.audit = audit;
    this.clock = clock;
  }

  /** Public: the unit a survey page is for (404 for an unknown code). */
  @Transactional(readOnly = true)
  public OrgUnit serviceUnit(String unitCode) {
    return units.byCode(unitCode).orElseThrow(() -> ApiException.notFound("survey.unit-unknown", unitCode));
  }

  /** Stores one response, all or nothing; a suggestion also opens a complaint for the unit head. */
  @Transactional
  public Long submit(String unitCode, SurveySubmission submission) {
    List<Violation> violations = new ArrayList<>();
    OrgUnit unit = units.byCode(unitCode).orElse(null);
    if (unit == null) {
      violations.add(Violation.of("unitCode", "survey.unit-unknown", unitCode));
    }
    Map<SurveyElement, Integer> answers = answers(submission == null ? null : submission.answers(), violations);
    RespondentProfile profile = profile(submission == null ? null : submission.profile(), violations);
    String suggestion = text(submission == null ? null : submission.suggestion(), "suggestion", violations);
    String token = text(submission == null ? null : submission.token(), "token", violations);
    SurveyToken usedToken = null;
    if (token != null && unit != null) {
      usedToken = tokens.findByToken(token).filter(t -> t.isUsableFor(unit)).orElse(null);
      if (usedToken == null) {
        violations.add(Violation.of("token", "survey.token-invalid"));
      }
    }
    if (!violations.isEmpty()) {
      throw new ValidationFailedException("survey.invalid", violations);
    }
    if (usedToken != null) {
      usedToken.use(clock.instant());
    }
    // dated in the service unit's Pemda: an answer at 00:30 in Sorong is of that day there
    SurveyResponse saved = responses.save(new SurveyResponse(unit, clock.instant(),
        LocalDate.now(pemdaClocks.clockOf(unit)), answers,
        profile, suggestion));
    if (suggestion != null) {
      complaints.open(saved);
    }
    return saved.getId();
  }

  @Transactional(readOnly = true)
  public IkmView ikm(String unitCode, LocalDate from, LocalDate to, KinerjaUser user) {
    OrgUnit unit = knownUnit(unitCode);
    requireReader(unit, user);
    requireRange(from, to);
    return periods.findByUnitIdAndFromAndTo(unit.getId(), from, to)
        .map(closed -> IkmView.of(unit.getCode(), unit.getName(), from, to,
            IkmCalculator.compute(closed.respondents(), closed.sums(), ikmWeight), closed.population(), true))
        .orElseGet(() -> {
          Totals totals = totals(unit, from, to);
          return IkmView.of(unit.getCode(), unit.getName(), from, to,
              IkmCalculator.compute(totals.respondents(), totals.sums(), ikmWeight), unit.getServicePopulation(), false);
        });
  }

  /**
   * The converted IKM of a unit for a period (a closed period's frozen value when one matches), for indicators
   * bound to the survey; empty without responses. No caller check: the caller has already been authorised.
   */
  @Transactional(readOnly = true)
  public java.util.Optional<java.math.BigDecimal> convertedIkm(String unitCode, LocalDate from, LocalDate to) {
    OrgUnit unit = knownUnit(unitCode);
    IkmResult result = periods.findByUnitIdAndFromAndTo(unit.getId(), from, to)
        .map(closed -> IkmCalculator.compute(closed.respondents(), closed.sums(), ikmWeight))
        .orElseGet(() -> {
          Totals totals = totals(unit, from, to);
          return IkmCalculator.compute(totals.respondents(), totals.sums(), ikmWeight);
        });
    return java.util.Optional.ofNullable(result.ikmConverted());
  }

  /** HR closes a period: its counts are kept and its result no longer changes. */
  @Transactional
  public IkmView close(String unitCode, LocalDate from, LocalDate to, String actor) {
    OrgUnit unit = knownUnit(unitCode);
    requireClosableRange(from, to);
    if (periods.findByUnitIdAndFromAndTo(unit.getId(), from, to).isPresent()) {
      throw ApiException.conflict("survey.period-closed", unitCode, from, to);
    }
    Totals totals = totals(unit, from, to);
    periods.save(new SurveyPeriod(unit, from, to, clock.instant(), actor, totals.respondents(), totals.sums(),
        unit.getServicePopulation()));
    audit.record(actor, "SURVEY_PERIOD_CLOSED", "unit", unitCode, from + ".." + to + ", respondents="
        + totals.respondents());
    return IkmView.of(unit.getCode(), unit.getName(), from, to,
        IkmCalculator.compute(totals.respondents(), totals.sums(), ikmWeight), unit.getServicePopulation(), true);
  }

  /** HR hands out one-time codes for a service counter. */
  @Transactional
  public List<String> issueTokens(String unitCode, int count, String actor) {
    if (count < 1 || count > 500) {
      throw new ValidationFailedException("survey.invalid", List.of(Violation.of("count", "survey.token-count", 500)));
    }
    OrgUnit unit = knownUnit(unitCode);
    List<String> issued = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      byte[] bytes = new byte[6];
      RANDOM.nextBytes(bytes);
      String token = HexFormat.of().withUpperCase().formatHex(bytes);
      tokens.save(new SurveyToken(unit, token, clock.instant(), actor));
      issued.add(token);
    }
    audit.record(actor, "SURVEY_TOKENS_ISSUED", "unit", unitCode, "count=" + count);
    return issued;
  }

  /** HR declares how many people a unit serves per survey period (for the sample size). */
  @Transactional
  public void declarePopulation(String unitCode, Integer population, String actor) {
    if (population == null || population < 1) {
      throw new ValidationFailedException("survey.invalid",
          List.of(Violation.of("population", "survey.population-positive")));
    }
    knownUnit(unitCode).declareServicePopulation(population);
    audit.record(actor, "SERVICE_POPULATION_DECLARED", "unit", unitCode, String.valueOf(population));
  }

  private record Totals(long respondents, Map<SurveyElement, Long> sums) {
  }

  private Totals totals(OrgUnit unit, LocalDate from, LocalDate to) {
    Object[] row = responses.totals(unit.getId(), from, to);
    Object[] values = row.length == 1 && row[0] instanceof Object[] nested ? nested : row;
    Map<SurveyElement, Long> sums = new EnumMap<>(SurveyElement.class);
    for (SurveyElement element : SurveyElement.values()) {
      sums.put(element, ((Number) values[element.ordinal() + 1]).longValue());
    }
    return new Totals(((Number) values[0]).longValue(), sums);
  }

  private void requireReader(OrgUnit unit, KinerjaUser user) {
    if (user.has(Role.HR) || user.has(Role.HEAD)) {
      return;
    }
    OrganizationChart chart = charts.current();
    boolean staffOrHeadAbove = employees.byUsername(user.username())
        .map(me -> chart.subtreeOf(unit.getId()).contains(me.getUnit().getId())
            || chart.unitsLedBy(me.getId()).contains(unit.getId()))
        .orElse(false);
    if (!staffOrHeadAbove) {
      throw ApiException.forbidden("survey.ikm-forbidden", unit.getCode());
    }
  }

  private OrgUnit knownUnit(String unitCode) {
    return units.byCode(unitCode).orElseThrow(() -> ApiException.notFound("survey.unit-unknown", unitCode));
  }

  private static void requireRange(LocalDate from, LocalDate to) {
    requireRange(from, to, new ArrayList<>());
  }

  /** A period to be frozen must also lie within sensible dates (a query over any range is harmless). */
  private void requireClosableRange(LocalDate from, LocalDate to) {
    List<Violation> violations = new ArrayList<>();
    SensibleDates.SURVEY_PERIOD.check("from", from, clock).ifPresent(violations::add);
    SensibleDates.SURVEY_PERIOD.check("to", to, clock).ifPresent(violations::add);
    requireRange(from, to, violations);
  }

  private static void requireRange(LocalDate from, LocalDate to, List<Violation> violations) {
    if (from == null || to == null || to.isBefore(from)) {
      violations.add(Violation.of("to", "survey.range"));
    }
    if (!violations.isEmpty()) {
      throw new ValidationFailedException("survey.invalid", violations);
    }
  }

  private static Map<SurveyElement, Integer> answers(Map<String, Object> raw, List<Violation> violations) {
    Map<SurveyElement, Integer> answers = new EnumMap<>(SurveyElement.class);
    if (raw == null) {
      violations.add(Violation.of("answers", "survey.answers-required"));
      return answers;
    }
    for (Map.Entry<String, Object> entry : raw.entrySet()) {
      SurveyElement element;
      try {
        element = SurveyElement.valueOf(entry.getKey());
      } catch (IllegalArgumentException e) {
        violations.add(Violation.of("answers." + entry.getKey(), "survey.element-unknown", entry.getKey()));
        continue;
      }
      Object value = entry.getValue();
      if (value instanceof Integer i && i >= 1 && i <= 4) {
        answers.put(element, i);
      } else {
        violations.add(Violation.of("answers." + entry.getKey(), "survey.answer-range", String.valueOf(value)));
      }
    }
    for (SurveyElement element : SurveyElement.values()) {
      if (!raw.containsKey(element.name())) {
        violations.add(Violation.of("answers." + element.name(), "survey.answer-missing", element.label()));
      }
    }
    return answers;
  }

  private static RespondentProfile profile(Map<String, Object> raw, List<Violation> violations) {
    if (raw == null || raw.isEmpty()) {
      return null;
    }
    for (Map.Entry<String, Object> entry : raw.entrySet()) {
      List<String> allowed = RespondentProfile.ALLOWED.get(entry.getKey());
      if (allowed == null) {
        violations.add(Violation.of("profile." + entry.getKey(), "survey.profile-unknown", entry.getKey()));
      } else if (!(entry.getValue() instanceof String given) || given.isBlank()) {
        // a profile field that is sent must be answered; leave it out to skip it
        violations.add(Violation.of("profile." + entry.getKey(), "survey.profile-empty", String.join(", ", allowed)));
      } else if (!allowed.contains(given)) {
        violations.add(Violation.of("profile." + entry.getKey(), "survey.profile-value", String.valueOf(
            entry.getValue()), String.join(", ", allowed)));
      }
    }
    return new RespondentProfile(value(raw, "ageGroup"), value(raw, "sex"), value(raw, "education"),
        value(raw, "occupation"));
  }

  private static String value(Map<String, Object> raw, String key) {
    Object value = raw.get(key);
    return value == null || String.valueOf(value).isBlank() ? null : String.valueOf(value);
  }

  private static String text(Object raw, String field, List<Violation> violations) {
    if (raw == null) {
      return null;
    }
    if (!(raw instanceof String s)) {
      violations.add(Violation.of(field, "survey.text-type"));
      return null;
    }
    if (s.length() > MAX_SUGGESTION) {
      violations.add(Violation.of(field, "survey.text-too-long", MAX_SUGGESTION, s.length()));
      return null;
    }
    return s.isBlank() ? null : s;
  }
}

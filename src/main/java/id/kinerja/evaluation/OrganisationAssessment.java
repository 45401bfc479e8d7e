package id.kinerja.evaluation;

import id.kinerja.common.ApiException;
import id.kinerja.common.AuditTrail;
import id.kinerja.common.ValidationFailedException;
import id.kinerja.common.Violation;
import id.kinerja.organization.Employee;
import id.kinerja.organization.Staff;
import id.kinerja.organization.OrgUnit;
import id.kinerja.organization.OrganizationCharts;
import id.kinerja.organization.UnitHead;
import id.kinerja.organization.UnitLevel;
import id.kinerja.planning.SkpService;
import id.kinerja.planning.SkpView;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisation level of the annual evaluation (domain.md, distribution curve): the leader above each
 * organisation (for an OPD the head of the Pemda; never the OPD's own head), or HR recording the PPK's decision with
 * its decree number and date, sets its predikat first — employees' assessments wait for it, and a head's
 * results rating follows it; once every employee is assessed the curve is checked; out of curve, HR calibrates
 * with a reason per change. Final approval of the employees waits for that verdict.
 */
@Service
public class OrganisationAssessment {

  public static final String PROCESS_KEY = OrganisationVariables.PROCESS_KEY;

  private final OrganisationRatings ratings;
  private final Evaluations evaluations;
  private final SkpService skps;
  private final Staff employees;
  private final OrganizationCharts charts;
  private final DistributionCurves curve;
  private final RuntimeService runtime;
  private final AuditTrail audit;
  private final Clock clock;
  private final PredikatDecision predikatDecision;

  OrganisationAssessment(OrganisationRatings ratings, Evaluations evaluations, SkpService skps, Staff employees,
      OrganizationCharts charts, DistributionCurves curve, RuntimeService runtime, AuditTrail audit, Clock clock,
      PredikatDecision predikatDecision) {
    this.predikatDecision = predikatDecision;
    this.ratings = ratings;
    this.evaluations = evaluations;
    this.skps = skps;
    this.employees = employees;
    this.charts = charts;
    this.curve = curve;
    this.runtime = runtime;
    this.audit = audit;
    this.clock = clock;
  }

  /** The organisation of an SKP's employee and its rating row for the cycle, created (and its process started). */
  @Transactional
  public OrganisationRating ensureFor(long cycleId, long skpId) {
    OrgUnit organisation = organisationOf(skps.view(skpId).employeeUsername());
    return ratings.findByCycleIdAndUnitId(cycleId, organisation.getId()).orElseGet(() -> {
      OrganisationRating created = ratings.saveAndFlush(new OrganisationRating(cycleId, organisation.getId()));
      runtime.startProcessInstanceByKey(PROCESS_KEY, OrganisationVariables.BUSINESS_KEY_PREFIX + created.getId(),
          Map.of(OrganisationVariables.RATING_ID, created.getId(), OrganisationVariables.CHECK_INTERVAL, "PT1H"));
      return created;
    });
  }

  /**
   * The leader who sets the organisation's predikat: the one above the organisation (empty: nobody above it holds
   * a head post — HR records the PPK's decision).
   */
  @Transactional(readOnly = true)
  public Optional<UnitHead> headOf(long ratingId) {
    return Optional.ofNullable(charts.current().leaderAbove(load(ratingId).getUnitId()));
  }

  @Transactional
  public void setPredikat(long ratingId, String predikat, String actor) {
    setPredikat(ratingId, predikat, null, null, actor);
  }

  /**
   * Sets the organisation's predikat. The leader above sets it; anybody else (HR, through the task's fallback)
   * records the PPK's decision and must give the decree's number and date. The organisation's own head never does.
   */
  @Transactional
  public void setPredikat(long ratingId, String predikat, String decreeNumber, String decreeDate, String actor) {
    OrganisationRating rating = load(ratingId);
    UnitHead ownHead = charts.current().headOf(rating.getUnitId());
    if (ownHead != null && ownHead.username() != null && ownHead.username().equals(actor)) {
      throw ApiException.forbidden("organisation.own-head", ratingId);
    }
    boolean leaderAbove = headOf(ratingId).map(h -> actor != null && actor.equals(h.username())).orElse(false);
    List<Violation> violations = new ArrayList<>();
    OrganisationPredikat parsed = null;
    try {
      parsed = OrganisationPredikat.valueOf(String.valueOf(predikat).trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      violations.add(Violation.of("predikatOrganisasi", "organisation.predikat-unknown", String.valueOf(predikat)));
    }
    String number = decreeNumber == null || decreeNumber.isBlank() ? null : decreeNumber.trim();
    java.time.LocalDate date = null;
    if (!leaderAbove) {
      if (number == null || number.length() > 100) {
        violations.add(Violation.of("nomorKeputusan", "organisation.decree-number", 100));
      }
      try {
        date = decreeDate == null || decreeDate.isBlank() ? null : java.time.LocalDate.parse(decreeDate.trim()
            .substring(0, Math.min(10, decreeDate.trim().length())));
      } catch (java.time.format.DateTimeParseException e) {
        date = null;
      }
      if (date == null) {
        violations.add(Violation.of("tanggalKeputusan", "organisation.decree-date"));
      }
    }
    if (!violations.isEmpty()) {
      throw new ValidationFailedException("evaluation.invalid", violations);
    }
    rating.set(parsed, actor, clock.instant());
    rating.decree(leaderAbove ? null : number, leaderAbove ? null : date);
    audit.record(actor, "ORGANISATION_PREDIKAT_SET", "organisation-rating", String.valueOf(ratingId), parsed.name()
        + (leaderAbove ? "" : " (keputusan PPK " + number + " tanggal " + date + ")"));
  }

  /** Whether every annual evaluation of the organisation has a predikat yet. */
  @Transactional(readOnly = true)
  public boolean allAssessed(long ratingId) {
    List<Evaluation> annual = annualOf(load(ratingId));
    return !annual.isEmpty() && annual.stream().allMatch(e -> e.getPredikat() != null);
  }

  /** Runs the curve check; true (and IN_CURVE) when the distribution fits. */
  @Transactional
  public boolean checkCurve(long ratingId) {
    OrganisationRating rating = load(ratingId);
    Map<Predikat, Integer> counts = new EnumMap<>(Predikat.class);
    annualOf(rating).forEach(e -> counts.merge(e.getPredikat(), 1, Integer::sum));
    List<CurveCheck.Breach> breaches = curve.check(rating.getCycleId(), rating.getPredikat(), counts);
    if (breaches.isEmpty()) {
      rating.checked(CurveStatus.IN_CURVE, clock.instant());
    }
    audit.record("system", "CURVE_CHECKED", "organisation-rating", String.valueOf(ratingId),
        counts + (breaches.isEmpty() ? " sesuai kurva" : " di luar kurva: " + breaches.stream()
            .map(b -> b.rule().predikat() + " " + b.bound() + " " + b.allowedOrRequired() + ", ada " + b.actual())
            .toList()));
    return breaches.isEmpty();
  }

  /** The organisation's employees and their predikat, for the calibration form. */
  @Transactional(readOnly = true)
  public List<Map<String, Object>> calibrationRows(long ratingId) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Evaluation e : annualOf(load(ratingId))) {
      SkpView skp = skps.view(e.getSkpId());
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("evaluationId", String.valueOf(e.getId()));
      row.put("pegawai", skp.employeeName() + " (NIP " + skp.employeeNip() + ")");
      row.put("predikat", e.getPredikat() == null ? null : e.getPredikat().name());
      String results = e.getResultsRating() == null ? null : e.getResultsRating().name();
      String behaviour = e.getBehaviourRating() == null ? null : e.getBehaviourRating().name();
      row.put("ratingHasilKerja", results);
      row.put("ratingPerilakuKerja", behaviour);
      row.put("ratingHasilKerjaBaru", results);
      row.put("ratingPerilakuKerjaBaru", behaviour);
      rows.add(row);
    }
    return rows;
  }

  /** One calibration change: the new results and behaviour ratings of an evaluation and why. */
  public record Change(Long evaluationId, String ratingHasilKerjaBaru, String ratingPerilakuKerjaBaru, String alasan) {
  }

  /**
   * Calibration (domain.md, distribution curve): HR changes an employee's results or behaviour <b>rating</b>, with a
   * reason per change; the predikat is recomputed from the matrix (DMN {@code predikat-kinerja}) and the curve is
   * checked again on the calibrated result. Still out of curve, or any wrong row: nothing is changed (400).
   */
  @Transactional
  public void calibrate(long ratingId, List<Change> changes, String actor) {
    OrganisationRating rating = load(ratingId);
    Map<Long, Evaluation> annual = new LinkedHashMap<>();
    annualOf(rating).forEach(e -> annual.put(e.getId(), e));
    Map<Long, Predikat> calibrated = new LinkedHashMap<>();
    annual.forEach((id, e) -> calibrated.put(id, e.getPredikat()));
    List<Violation> violations = new ArrayList<>();
    List<Runnable> apply = new ArrayList<>();
    for (int i = 0; i < changes.size(); i++) {
      Change change = changes.get(i);
      Evaluation evaluation = change.evaluationId() == null ? null : annual.get(change.evaluationId());
      if (evaluation == null) {
        violations.add(Violation.of("kalibrasi[" + i + "].evaluationId", "organisation.evaluation-unknown"));
        continue;
      }
      Rating results = calibrationRating(change.ratingHasilKerjaBaru(), evaluation.getResultsRating(),
          "kalibrasi[" + i + "].ratingHasilKerjaBaru", violations);
      Rating behaviour = calibrationRating(change.ratingPerilakuKerjaBaru(), evaluation.getBehaviourRating(),
          "kalibrasi[" + i + "].ratingPerilakuKerjaBaru", violations);
      if (results == null || behaviour == null
          || results == evaluation.getResultsRating() && behaviour == evaluation.getBehaviourRating()) {
        continue;
      }
      if (change.alasan() == null || change.alasan().isBlank()) {
        violations.add(Violation.of("kalibrasi[" + i + "].alasan", "organisation.calibration-reason"));
        continue;
      }
      Predikat to = predikatDecision.of(results, behaviour);
      calibrated.put(evaluation.getId(), to);
      Rating fromResults = evaluation.getResultsRating();
      Rating fromBehaviour = evaluation.getBehaviourRating();
      Predikat from = evaluation.getPredikat();
      apply.add(() -> {
        evaluation.calibrated(results, behaviour, to);
        audit.record(actor, "PREDIKAT_CALIBRATED", "evaluation", String.valueOf(evaluation.getId()),
            "hasil kerja " + fromResults + " -> " + results + ", perilaku " + fromBehaviour + " -> " + behaviour
                + ", predikat " + from + " -> " + to + ": " + change.alasan().trim());
      });
    }
    if (violations.isEmpty()) {
      Map<Predikat, Integer> counts = new EnumMap<>(Predikat.class);
      calibrated.values().stream().filter(java.util.Objects::nonNull).forEach(p -> counts.merge(p, 1, Integer::sum));
      List<CurveCheck.Breach> breaches = curve.check(rating.getCycleId(), rating.getPredikat(), counts);
      if (!breaches.isEmpty()) {
        violations.add(Violation.of("kalibrasi", "organisation.calibration-out-of-curve", breaches.stream()
            .map(b -> b.rule().predikat() + " " + b.bound() + " " + b.allowedOrRequired() + ", ada " + b.actual())
            .collect(java.util.stream.Collectors.joining("; "))));
      }
    }
    if (!violations.isEmpty()) {
      throw new ValidationFailedException("evaluation.invalid", violations);
    }
    apply.forEach(Runnable::run);
    rating.checked(CurveStatus.CALIBRATED, clock.instant());
  }

  private static Rating calibrationRating(String value, Rating current, String field, List<Violation> violations) {
    if (value == null || value.isBlank()) {
      return current;
    }
    try {
      return Rating.valueOf(value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      violations.add(Violation.of(field, "evaluation.rating-unknown", value));
      return null;
    }
  }

  /** For the employee's annual assessment: the organisation's rating (predikat must be set first). */
  @Transactional(readOnly = true)
  public Optional<OrganisationRating> ratingFor(Evaluation evaluation) {
    OrgUnit organisation = organisationOf(skps.view(evaluation.getSkpId()).employeeUsername());
    return ratings.findByCycleIdAndUnitId(evaluation.getCycleId(), organisation.getId());
  }

  /** Whether the SKP's employee holds the head post of their organisation (their results rating follows it). */
  @Transactional(readOnly = true)
  public boolean headsOrganisation(Evaluation evaluation) {
    Employee employee = employees.byUsername(skps.view(evaluation.getSkpId()).employeeUsername()).orElseThrow();
    OrgUnit organisation = organisationOf(employee.getUsername());
    return employee.getPosition() != null && employee.getPosition().isHead()
        && employee.getUnit().getId().equals(organisation.getId());
  }

  /** A head's results rating from the organisation's predikat (Kinerja's mapping; see docs/decisions.md). */
  public static Rating resultsRatingOfHead(OrganisationPredikat predikat) {
    return switch (predikat) {
      case ISTIMEWA -> Rating.DI_ATAS_EKSPEKTASI;
      case BAIK -> Rating.SESUAI_EKSPEKTASI;
      case BUTUH_PERBAIKAN, KURANG, SANGAT_KURANG -> Rating.DI_BAWAH_EKSPEKTASI;
    };
  }

  private List<Evaluation> annualOf(OrganisationRating rating) {
    return evaluations.findByCycleIdAndPeriodCode(rating.getCycleId(), "ANNUAL").stream()
        .filter(e -> organisationOf(skps.view(e.getSkpId()).employeeUsername()).getId().equals(rating.getUnitId()))
        .toList();
  }

  /** The id of the organisation (OPD) of an SKP's employee. */
  @Transactional(readOnly = true)
  public Long organisationIdOf(long skpId) {
    return organisationOf(skps.view(skpId).employeeUsername()).getId();
  }

  /** The OPD an employee belongs to (the pemda itself for staff directly in it). */
  private OrgUnit organisationOf(String username) {
    OrgUnit unit = employees.byUsername(username).orElseThrow().getUnit();
    while (unit.getLevel() != UnitLevel.OPD && unit.getLevel() != UnitLevel.PEMDA && unit.getParent() != null) {
      unit = unit.getParent();
    }
    return unit;
  }

  private OrganisationRating load(long id) {
    return ratings.findById(id).orElseThrow(() -> ApiException.notFound("organisation.not-found", id));
  }
}

package id.kinerja.evaluation;

import id.kinerja.planning.CoreValue;
import id.kinerja.common.ApiException;
import id.kinerja.common.AuditTrail;
import id.kinerja.common.ValidationFailedException;
import id.kinerja.common.Violation;
import id.kinerja.cycle.Cadence;
import id.kinerja.document.VerificationCodes;
import id.kinerja.notification.Notifier;
import id.kinerja.organization.PositionType;
import id.kinerja.planning.Approach;
import id.kinerja.planning.Direction;
import id.kinerja.planning.SkpService;
import id.kinerja.planning.SkpSummary;
import id.kinerja.planning.SkpView;
import id.kinerja.planning.SubordinateSkp;
import id.kinerja.progress.ProgressService;
import id.kinerja.security.KinerjaUser;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every step a person or the process takes on an evaluation: self-evaluation, scoring, the supervisor's
 * assessment (override with a reason, BerAKHLAK ratings, predikat from the DMN), the senior's final approval,
 * publication, objection within the window and its final decision. Each decision is audited.
 */
@Service
public class EvaluationService {

  /** The message of {@code evaluasi-kinerja} an objection is correlated with. */
  public static final String OBJECTION_MESSAGE = "KeberatanDiajukan";

  private final Evaluations evaluations;
  private final SkpService skps;
  private final ProgressService progress;
  private final Scoring scoring;
  private final PredikatDecision predikatDecision;
  private final Notifier notifier;
  private final AuditTrail audit;
  private final Clock clock;
  private final EvaluationDeadlines deadlines;
  private final org.camunda.bpm.engine.RuntimeService runtime;
  private final OrganisationAssessment organisations;
  private final id.kinerja.organization.Staff employees;
  private final id.kinerja.cycle.CycleLookup cycles;
  private final com.fasterxml.jackson.databind.ObjectMapper json;
  private final org.springframework.context.MessageSource messages;
  private final id.kinerja.organization.PemdaClocks clocks;
  static final String ANNUAL = "ANNUAL";

  EvaluationService(id.kinerja.organization.Staff employees, OrganisationAssessment organisations,
      org.camunda.bpm.engine.RuntimeService runtime, Evaluations evaluations, SkpService skps, ProgressService progress, Scoring scoring,
      PredikatDecision predikatDecision, Notifier notifier, AuditTrail audit, Clock clock,
      EvaluationDeadlines deadlines, id.kinerja.cycle.CycleLookup cycles, com.fasterxml.jackson.databind.ObjectMapper json,
      org.springframework.context.MessageSource messages, id.kinerja.organization.PemdaClocks clocks) {
    this.clocks = clocks;
    this.cycles = cycles;
    this.json = json;
    this.messages = messages;
    this.employees = employees;
    this.organisations = organisations;
    this.runtime = runtime;
    this.evaluations = evaluations;
    this.skps = skps;
    this.progress = progress;
    this.scoring = scoring;
    this.predikatDecision = predikatDecision;
    this.notifier = notifier;
    this.audit = audit;
    this.clock = clock;
    this.deadlines = deadlines;
  }

  /** Creates the evaluation of an agreed SKP for a period unless it exists; null when it existed. */
  @Transactional
  public Evaluation create(SkpView skp, Cadence.Period period) {
    if (evaluations.findBySkpIdAndPeriodCode(skp.id(), period.code()).isPresent()) {
      return null;
    }
    return evaluations.saveAndFlush(new Evaluation(skp.id(), skp.cycleId(), period.code(), period.start(),
        period.end(), clock.instant()));
  }

  @Transactional
  public void selfEvaluate(long id, String assessment, String actor) {
    Evaluation evaluation = load(id);
    SkpView skp = skps.view(evaluation.getSkpId());
    if (!skp.employeeUsername().equals(actor)) {
      throw ApiException.forbidden("evaluation.owner-only", id);
    }
    if (assessment != null && assessment.length() > 20000) {
      throw ApiException.badRequest("evaluation.self-too-long", 20000);
    }
    evaluation.selfEvaluated(assessment);
    audit.record(actor, "SELF_EVALUATION_SUBMITTED", "evaluation", String.valueOf(id), evaluation.getPeriodCode());
  }

  /**
   * Capaian up to the period's end against the target up to the period's end (periodic) or T (annual), and the
   * suggested results rating; the capaian per indicator and RHK is kept as scored.
   */
  @Transactional
  public Score score(long id) {
    Evaluation evaluation = load(id);
    SkpView skp = skps.view(evaluation.getSkpId());
    Measured measured = measure(evaluation, skp, true);
    Score score = measured.score();
    try {
      evaluation.scored(score.weightedCapaian(), score.suggestedRating(), score.utamaWithoutRealisation(),
          json.writeValueAsString(measured.capaian()), clock.instant());
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    return score;
  }

  private record Measured(Score score, EvaluationCapaian capaian) {
  }

  /** The period's targets, realisations and capaian (texts left out: the view takes them from the SKP). */
  private Measured measure(Evaluation evaluation, SkpView skp, boolean suggest) {
    Map<Long, BigDecimal> realised = progress.realisedAsOf(skp.id(), evaluation.getPeriodTo());
    List<String> periodic = cycles.find(evaluation.getCycleId())
        .map(c -> c.getCadence().periods(c.getYear()).stream().map(Cadence.Period::code)
            .filter(code -> !ANNUAL.equals(code)).toList())
        .orElse(List.of());
    int n = periodic.size();
    int k = periodic.indexOf(evaluation.getPeriodCode()) + 1;
    List<ScoredSkp.Rhk> rhk = new ArrayList<>();
    List<List<SkpView.IndicatorView>> numericOf = new ArrayList<>();
    Map<Long, BigDecimal> targets = new java.util.HashMap<>();
    for (SkpView.RhkView r : skp.rhk()) {
      List<SkpView.IndicatorView> numeric = r.indicators().stream()
          .filter(i -> i.approach() == Approach.KUANTITATIF).toList();
      numericOf.add(numeric);
      numeric.forEach(i -> {
        BigDecimal target = id.kinerja.progress.Achievement.periodTarget(i, k, n);
        if (target != null) {
          targets.put(i.id(), target);
        }
      });
      rhk.add(new ScoredSkp.Rhk(r.type(), r.weight(), numeric.stream()
          .map(i -> new ScoredSkp.Indicator(targets.get(i.id()), realised.get(i.id()),
              i.direction() == null ? Direction.HIGHER_IS_BETTER : i.direction()))
          .toList()));
    }
    Score score = suggest ? scoring.score(new ScoredSkp(rhk)) : scoring.measure(new ScoredSkp(rhk));
    List<EvaluationCapaian.Rhk> shown = new ArrayList<>();
    for (int r = 0; r < skp.rhk().size(); r++) {
      SkpView.RhkView view = skp.rhk().get(r);
      Map<Long, BigDecimal> capaianById = new java.util.HashMap<>();
      List<SkpView.IndicatorView> numeric = numericOf.get(r);
      for (int i = 0; i < numeric.size(); i++) {
        BigDecimal c = score.rhk().get(r).indicatorCapaian().get(i);
        if (c != null) {
          capaianById.put(numeric.get(i).id(), c);
        }
      }
      shown.add(new EvaluationCapaian.Rhk(view.id(), null, view.type(), view.weight(),
          id.kinerja.progress.Achievement.report(score.rhk().get(r).capaian()),
          view.indicators().stream().map(i -> new EvaluationCapaian.Indicator(i.id(), null, i.isNumeric(), null,
              null, plain(targets.get(i.id())), plain(realised.get(i.id())),
              id.kinerja.progress.Achievement.report(capaianById.get(i.id())), null)).toList()));
    }
    return new Measured(score, new EvaluationCapaian(shown,
        id.kinerja.progress.Achievement.report(score.weightedCapaian()), score.utamaWithoutRealisation()));
  }

  private static BigDecimal plain(BigDecimal value) {
    if (value == null) {
      return null;
    }
    BigDecimal plain = value.stripTrailingZeros();
    return plain.scale() < 0 ? plain.setScale(0) : plain;
  }

  /**
   * What the API shows of the capaian: live until the evaluation is scored, as scored afterwards, with the texts of
   * the SKP and "belum ada realisasi" where a numeric indicator has none; null for an evaluation scored before the
   * capaian was kept.
   */
  private EvaluationCapaian shownCapaian(Evaluation evaluation, SkpView skp) {
    EvaluationCapaian capaian;
    if (evaluation.getScoredAt() == null && evaluation.getStatus() == EvaluationStatus.SELF_EVALUATION) {
      capaian = measure(evaluation, skp, false).capaian();
    } else if (evaluation.getCapaianDetail() == null) {
      return null;
    } else {
      try {
        capaian = json.readValue(evaluation.getCapaianDetail(), EvaluationCapaian.class);
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new IllegalStateException(e);
      }
    }
    Map<Long, SkpView.RhkView> rhkById = skp.rhk().stream()
        .collect(Collectors.toMap(SkpView.RhkView::id, r -> r));
    Map<Long, SkpView.IndicatorView> indicatorById = skp.rhk().stream().flatMap(r -> r.indicators().stream())
        .collect(Collectors.toMap(SkpView.IndicatorView::id, i -> i));
    String none = messages.getMessage("evaluation.capaian.no-realisation", null, "belum ada realisasi",
        org.springframework.context.i18n.LocaleContextHolder.getLocale());
    return new EvaluationCapaian(capaian.rhk().stream().map(r -> new EvaluationCapaian.Rhk(r.id(),
        rhkById.containsKey(r.id()) ? rhkById.get(r.id()).text() : null, r.type(), r.weight(), r.capaian(),
        r.indicators().stream().map(i -> {
          SkpView.IndicatorView v = indicatorById.get(i.id());
          return new EvaluationCapaian.Indicator(i.id(), v == null ? null : v.text(), i.numeric(),
              v == null ? null : v.unit(), v == null ? null : v.direction(), i.target(), i.realisation(),
              i.capaian(), i.numeric() && i.realisation() == null ? none : null);
        }).toList())).toList(), capaian.weightedCapaian(), capaian.utamaWithoutRealisation());
  }

  @Transactional
  public Predikat assess(long id, AssessmentInput input, String actor) {
    Evaluation evaluation = load(id);
    List<Violation> violations = new ArrayList<>();
    Rating results = rating(input.resultsRating(), "ratingHasilKerja", violations);
    Rating behaviour = rating(input.behaviourRating(), "ratingPerilakuKerja", violations);
    Map<CoreValue, Rating> values = new EnumMap<>(CoreValue.class);
    for (CoreValue value : CoreValue.values()) {
      Rating r = rating(input.coreValues() == null ? null : input.coreValues().get(value), value.field(), violations);
      if (r != null) {
        values.put(value, r);
      }
    }
    String reason = input.overrideReason() == null || input.overrideReason().isBlank() ? null
        : input.overrideReason().trim();
    boolean overridden = results != null && evaluation.getSuggestedRating() != null
        && results != evaluation.getSuggestedRating();
    if (overridden && reason == null) {
      violations.add(Violation.of("alasanPerubahan", "evaluation.override-reason", evaluation.getSuggestedRating()));
    }
    // no suggestion because an UTAMA indicator has no realisation: the supervisor rates with a written reason
    boolean reasonRequired = evaluation.getSuggestedRating() == null && evaluation.isUtamaWithoutRealisation();
    if (reasonRequired && reason == null) {
      violations.add(Violation.of("alasanPerubahan", "evaluation.no-realisation-reason"));
    }
    if (ANNUAL.equals(evaluation.getPeriodCode())) {
      OrganisationRating organisation = organisations.ratingFor(evaluation)
          .filter(r -> r.getPredikat() != null)
          .orElseThrow(() -> ApiException.conflict("evaluation.organisation-predikat-missing", id));
      Rating headRating = OrganisationAssessment.resultsRatingOfHead(organisation.getPredikat());
      if (results != null && results != headRating && organisations.headsOrganisation(evaluation)) {
        violations.add(Violation.of("ratingHasilKerja", "evaluation.head-follows-organisation",
            organisation.getPredikat(), headRating));
      }
    }
    if (!violations.isEmpty()) {
      throw new ValidationFailedException("evaluation.invalid", violations);
    }
    Predikat predikat = predikatDecision.of(results, behaviour);
    String ratings = values.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
        .collect(Collectors.joining(";"));
    evaluation.assessed(results, overridden || reasonRequired ? reason : null, ratings, behaviour, predikat,
        input.notes() == null ? null : input.notes().trim(), actor);
    audit.record(actor, overridden ? "RESULTS_RATING_OVERRIDDEN" : "EVALUATION_ASSESSED", "evaluation",
        String.valueOf(id), "results=" + results + (overridden ? " (saran " + evaluation.getSuggestedRating()
            + "; alasan: " + reason + ")" : reasonRequired ? " (tanpa saran, belum ada realisasi UTAMA; alasan: "
            + reason + ")" : "") + ", behaviour=" + behaviour + ", predikat=" + predikat);
    return predikat;
  }

  @Transactional
  public void finalDecision(long id, String decision, String notes, String actor) {
    Evaluation evaluation = load(id);
    String normalized = decision == null ? null : decision.trim().toUpperCase(Locale.ROOT);
    if (!"APPROVE".equals(normalized) && !"RETURN".equals(normalized)) {
      throw new ValidationFailedException("evaluation.invalid",
          List.of(Violation.of("keputusan", "evaluation.decision", String.valueOf(decision))));
    }
    if ("APPROVE".equals(normalized) && ANNUAL.equals(evaluation.getPeriodCode())
        && organisations.ratingFor(evaluation).map(r -> r.getCurveStatus() == CurveStatus.PENDING).orElse(true)) {
      throw ApiException.conflict("evaluation.awaiting-curve", id);
    }
    if ("RETURN".equals(normalized) && (notes == null || notes.isBlank())) {
      throw new ValidationFailedException("evaluation.invalid",
          List.of(Violation.of("catatan", "evaluation.return-notes")));
    }
    evaluation.finalDecision(normalized, notes == null ? null : notes.trim(), actor, clock.instant());
    audit.record(actor, "APPROVE".equals(normalized) ? "EVALUATION_APPROVED" : "EVALUATION_RETURNED", "evaluation",
        String.valueOf(id), notes);
  }

  /** Publishes the result; returns the instant the objection window closes (the timer's date). */
  @Transactional
  public java.time.Instant publish(long id) {
    Evaluation evaluation = load(id);
    SkpView skp = skps.view(evaluation.getSkpId());
    // the day of notification and the window's end are in the zone of the employee's Pemda
    Clock local = clocks.forEmployee(skp.employeeUsername());
    LocalDate deadline = deadlines.objectionDeadline(LocalDate.now(local));
    evaluation.published(clock.instant(), deadline, VerificationCodes.next());
    notifier.notify(skp.employeeUsername(), "evaluation-published", "/api/v1/evaluations/" + id,
        evaluation.getPeriodCode(), evaluation.getPredikat(), deadline);
    return deadlines.objectionClosesAt(clock.instant(), local.getZone());
  }

  /**
   * Whether objection, reward and coaching are offered for this evaluation's result (domain.md, Follow-up): always
   * for the annual result; for a periodic one only when its cycle says so ({@code periodic_follow_up}).
   */
  @Transactional(readOnly = true)
  public boolean followUpOffered(long id) {
    Evaluation evaluation = load(id);
    return ANNUAL.equals(evaluation.getPeriodCode()) || cycles.find(evaluation.getCycleId())
        .map(cycle -> cycle.isPeriodicFollowUp()).orElse(false);
  }

  /** The employee objects in writing within the window; the process takes it to the supervisor, then the senior. */
  @Transactional
  public void object(long id, String reasons, KinerjaUser user) {
    Evaluation evaluation = load(id);
    SkpView skp = skps.view(evaluation.getSkpId(), user);
    if (!skp.employeeUsername().equals(user.username())) {
      throw ApiException.forbidden("evaluation.owner-only", id);
    }
    if (!followUpOffered(id)) {
      throw ApiException.conflict("evaluation.objection-not-offered", id, evaluation.getPeriodCode());
    }
    if (evaluation.getStatus() != EvaluationStatus.PUBLISHED
        || LocalDate.now(clocks.forEmployee(skp.employeeUsername())).isAfter(evaluation.getObjectionDeadline())) {
      throw ApiException.conflict("evaluation.objection-closed", id);
    }
    if (reasons == null || reasons.isBlank() || reasons.length() > 4000) {
      throw new ValidationFailedException("evaluation.invalid",
          List.of(Violation.of("reasons", "evaluation.objection-reasons", 4000)));
    }
    evaluation.objected(reasons.trim(), clock.instant());
    audit.record(user.username(), "OBJECTION_FILED", "evaluation", String.valueOf(id), reasons.trim());
    runtime.createMessageCorrelation(OBJECTION_MESSAGE).processInstanceBusinessKey("evaluasi-" + id).correlate();
  }

  /**
   * "Penjelasan pejabat penilai": the supervisor who rated explains the rating to whoever decides the objection
   * (PP 30/2019 Ps 59: the senior asks the supervisor for an explanation).
   */
  @Transactional
  public void explainObjection(long id, String explanation, String actor) {
    Evaluation evaluation = load(id);
    if (evaluation.getStatus() != EvaluationStatus.OBJECTION) {
      throw ApiException.conflict("evaluation.no-objection", id);
    }
    if (explanation == null || explanation.isBlank() || explanation.length() > 4000) {
      throw new ValidationFailedException("evaluation.invalid",
          List.of(Violation.of("penjelasan", "evaluation.objection-explanation", 4000)));
    }
    evaluation.objectionExplained(explanation.trim(), actor, clock.instant());
    audit.record(actor, "OBJECTION_EXPLAINED", "evaluation", String.valueOf(id), explanation.trim());
  }

  /** The senior did not decide within the deadline: HR (Pengelola Kinerja, for the PPK) decides. */
  @Transactional
  public void escalateObjection(long id) {
    Evaluation evaluation = load(id);
    evaluation.objectionEscalated(clock.instant());
    audit.record("system", "OBJECTION_ESCALATED", "evaluation", String.valueOf(id),
        "atasan pejabat penilai tidak memutuskan dalam " + deadlines.objectionDecisionTimer());
  }

  @Transactional
  public Predikat decideObjection(long id, String decision, String results, String behaviour, String notes,
      String actor) {
    Evaluation evaluation = load(id);
    if (actor != null && actor.equals(evaluation.getAssessedBy())) {
      // never the supervisor who rated (domain.md, Follow-up)
      throw ApiException.forbidden("evaluation.objection-not-by-rater", id);
    }
    String normalized = decision == null ? null : decision.trim().toUpperCase(Locale.ROOT);
    List<Violation> violations = new ArrayList<>();
    if (!"UPHELD".equals(normalized) && !"REJECTED".equals(normalized)) {
      violations.add(Violation.of("keputusanKeberatan", "evaluation.objection-decision", String.valueOf(decision)));
    }
    if (notes == null || notes.isBlank()) {
      violations.add(Violation.of("catatanKeberatan", "evaluation.objection-notes"));
    }
    Rating newResults = "UPHELD".equals(normalized) ? rating(results, "ratingHasilKerja", violations) : null;
    Rating newBehaviour = "UPHELD".equals(normalized) ? rating(behaviour, "ratingPerilakuKerja", violations) : null;
    if (!violations.isEmpty()) {
      throw new ValidationFailedException("evaluation.invalid", violations);
    }
    Predikat predikat = newResults == null ? null : predikatDecision.of(newResults, newBehaviour);
    evaluation.objectionDecided(normalized, newResults, newBehaviour, predikat, notes.trim(), actor);
    recordCreditMultiplier(evaluation);
    audit.record(actor, "OBJECTION_DECIDED", "evaluation", String.valueOf(id), normalized
        + (predikat == null ? "" : ", predikat=" + predikat) + ": " + notes.trim());
    return evaluation.getPredikat();
  }

  @Transactional
  public Predikat finalise(long id) {
    Evaluation evaluation = load(id);
    evaluation.finalised();
    recordCreditMultiplier(evaluation);
    return evaluation.getPredikat();
  }

  /** Functional positions get the credit-point multiplier of their final predikat. */
  private void recordCreditMultiplier(Evaluation evaluation) {
    boolean functional = employees.byUsername(skps.view(evaluation.getSkpId()).employeeUsername())
        .map(e -> e.getPosition() != null && e.getPosition().getType() == PositionType.FUNGSIONAL).orElse(false);
    evaluation.creditMultiplier(functional && evaluation.getPredikat() != null
        ? evaluation.getPredikat().creditMultiplier() : null);
  }

  @Transactional
  public void startedAs(long id, String processInstanceId) {
    load(id).startedAs(processInstanceId);
  }

  @Transactional(readOnly = true)
  public EvaluationView view(long id, KinerjaUser user) {
    Evaluation evaluation = load(id);
    SkpView skp = skps.view(evaluation.getSkpId(), user);
    return EvaluationView.of(evaluation, skp, shownCapaian(evaluation, skp));
  }

  @Transactional(readOnly = true)
  public EvaluationView view(long id) {
    Evaluation evaluation = load(id);
    SkpView skp = skps.view(evaluation.getSkpId());
    return EvaluationView.of(evaluation, skp, shownCapaian(evaluation, skp));
  }

  /** Mine and my direct subordinates' evaluations of a year. */
  @Transactional(readOnly = true)
  public List<EvaluationView> list(KinerjaUser user, int year) {
    List<Long> skpIds = new ArrayList<>(skps.mine(user, year).stream().map(SkpSummary::id).toList());
    try {
      skps.subordinates(user, year).stream().map(SubordinateSkp::skpId).filter(Objects::nonNull)
          .forEach(skpIds::add);
    } catch (ApiException notAnEmployee) {
      // a user without an employee profile has no subordinates
    }
    return skpIds.isEmpty() ? List.of() : evaluations.findBySkpIdInOrderByPeriodFromAsc(skpIds).stream()
        .map(e -> EvaluationView.of(e, skps.view(e.getSkpId()), null)).toList();
  }

  /** The SKP (as the process sees it). */
  @Transactional(readOnly = true)
  public SkpView skpOf(long skpId) {
    return skps.view(skpId);
  }

  /** The reporting line of an SKP's employee, from the tree now. */
  @Transactional(readOnly = true)
  public id.kinerja.organization.ReportingLine reportingLineOfSkp(long skpId) {
    return skps.reportingLineOf(skpId);
  }

  /** The employee's supervisor and senior, from the tree now. */
  @Transactional(readOnly = true)
  public id.kinerja.organization.ReportingLine reportingLine(long evaluationId) {
    return skps.reportingLineOf(load(evaluationId).getSkpId());
  }

  private Evaluation load(long id) {
    return evaluations.findById(id).orElseThrow(() -> ApiException.notFound("evaluation.not-found", id));
  }

  private static Rating rating(String value, String field, List<Violation> violations) {
    if (value == null || value.isBlank()) {
      violations.add(Violation.of(field, "evaluation.rating-required"));
      return null;
    }
    try {
      return Rating.valueOf(value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      violations.add(Violation.of(field, "evaluation.rating-unknown", value));
      return null;
    }
  }
}

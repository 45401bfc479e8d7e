package id.kinerja.coaching;

import id.kinerja.common.ApiException;
import id.kinerja.common.AuditTrail;
import id.kinerja.common.ValidationFailedException;
import id.kinerja.common.Violation;
import id.kinerja.cycle.Cadence;
import id.kinerja.evaluation.Evaluation;
import id.kinerja.evaluation.EvaluationService;
import id.kinerja.evaluation.FollowUp;
import id.kinerja.evaluation.Predikat;
import id.kinerja.planning.SkpService;
import id.kinerja.planning.SkpView;
import id.kinerja.security.KinerjaUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Coaching (pembinaan) for BUTUH_PERBAIKAN, KURANG and SANGAT_KURANG, or whenever a supervisor sees the need:
 * the plan, the sessions with the employee's feedback and a 1–5 competency check, the re-evaluation after the
 * follow-up period, and HR's follow-up when coaching did not help. The system records; people decide.
 */
@Service
public class CoachingService {

  public static final String PROCESS_KEY = CoachingVariables.PROCESS_KEY;
  static final Set<String> ACTIONS = Set.of("BIMBINGAN", "KONSELING", "PELATIHAN", "PENUGASAN_KHUSUS");
  static final Set<String> FOLLOW_UPS = Set.of("PELATIHAN", "USUL_MUTASI", "REKOMENDASI_DISIPLIN");

  private final CoachingPlans plans;
  private final CoachingSessions sessions;
  private final SkpService skps;
  private final EvaluationService evaluations;
  private final RuntimeService runtime;
  private final AuditTrail audit;
  private final Clock clock;
  private final String period;
  private final int maxRounds;

  CoachingService(CoachingPlans plans, CoachingSessions sessions, SkpService skps, EvaluationService evaluations,
      RuntimeService runtime, AuditTrail audit, Clock clock,
      @Value("${kinerja.coaching.follow-up-period:P3M}") String period,
      @Value("${kinerja.coaching.max-rounds:2}") int maxRounds) {
    this.plans = plans;
    this.sessions = sessions;
    this.skps = skps;
    this.evaluations = evaluations;
    this.runtime = runtime;
    this.audit = audit;
    this.clock = clock;
    this.period = period;
    this.maxRounds = maxRounds;
  }

  /** A supervisor starts coaching from an employee's progress (the evaluation process starts it by itself). */
  @Transactional
  public long startBySupervisor(Long skpId, KinerjaUser user) {
    if (skpId == null) {
      throw new ValidationFailedException("coaching.invalid", List.of(Violation.of("skpId", "coaching.skp-required")));
    }
    SkpView skp = skps.view(skpId, user);
    if (!skps.leadsOwnerOf(skpId, user.username())) {
      throw ApiException.forbidden("coaching.supervisor-only", skpId);
    }
    // one coaching under way per SKP: concurrent starts (supervisor, senior, head) queue on the SKP's row lock, and
    // the plan is created inside this transaction ("Siapkan pembinaan" runs synchronously), so the next one sees it
    skps.lock(skpId);
    plans.findFirstBySkpIdAndStatusOrderByIdAsc(skpId, "OPEN").ifPresent(open -> {
      throw ApiException.conflict("coaching.already-open", open.getId(), skpId);
    });
    runtime.startProcessInstanceByKey(PROCESS_KEY, CoachingVariables.BUSINESS_KEY_PREFIX + skpId + "-" + clock.millis(),
        Map.of(CoachingVariables.SKP_ID, skpId, CoachingVariables.EMPLOYEE, skp.employeeUsername(),
            CoachingVariables.STARTED_BY, user.username()));
    return skpId;
  }

  /** "Siapkan pembinaan": the plan row for the process, ids and settings as variables. */
  @Transactional
  public long setUp(long skpId, Long evaluationId, String startedBy) {
    CoachingPlan plan = plans.save(new CoachingPlan(skpId, evaluationId, startedBy == null ? "system" : startedBy,
        clock.instant()));
    audit.record(startedBy == null ? "system" : startedBy, "COACHING_STARTED", "skp", String.valueOf(skpId),
        evaluationId == null ? "oleh atasan" : "evaluasi " + evaluationId);
    return plan.getId();
  }

  public String followUpPeriod() {
    return period;
  }

  public int maxRounds() {
    return maxRounds;
  }

  @Transactional
  public void draftPlan(long planId, String goals, Object actions, String schedule, String actor) {
    CoachingPlan plan = load(planId);
    List<Violation> violations = new ArrayList<>();
    if (goals == null || goals.isBlank() || goals.length() > 4000) {
      violations.add(Violation.of("tujuan", "coaching.goals-required", 4000));
    }
    List<String> chosen = actionList(actions);
    if (chosen.isEmpty() || !ACTIONS.containsAll(chosen)) {
      violations.add(Violation.of("tindakan", "coaching.actions", String.join(", ", ACTIONS.stream().sorted().toList())));
    }
    if (schedule == null || schedule.isBlank() || schedule.length() > 2000) {
      violations.add(Violation.of("jadwal", "coaching.schedule-required", 2000));
    }
    if (!violations.isEmpty()) {
      throw new ValidationFailedException("coaching.invalid", violations);
    }
    plan.draft(goals.trim(), String.join(",", chosen), schedule.trim());
    audit.record(actor, "COACHING_PLANNED", "coaching", String.valueOf(planId), String.join(",", chosen));
  }

  @Transactional
  public void recordSession(long planId, String heldOn, String notes, String actor) {
    load(planId);
    List<Violation> violations = new ArrayList<>();
    LocalDate date = null;
    try {
      date = LocalDate.parse(String.valueOf(heldOn));
      if (date.isAfter(LocalDate.now(clock))) {
        violations.add(Violation.of("tanggalSesi", "coaching.date-future"));
      }
    } catch (RuntimeException e) {
      violations.add(Violation.of("tanggalSesi", "coaching.date-format", String.valueOf(heldOn)));
    }
    if (notes == null || notes.isBlank() || notes.length() > 4000) {
      violations.add(Violation.of("catatanSesi", "coaching.notes-required", 4000));
    }
    if (!violations.isEmpty()) {
      throw new ValidationFailedException("coaching.invalid", violations);
    }
    sessions.save(new CoachingSession(planId, date, notes.trim(), actor));
    audit.record(actor, "COACHING_SESSION_HELD", "coaching", String.valueOf(planId), date.toString());
  }

  @Transactional
  public void acknowledge(long planId, String feedback, Object competency, String actor) {
    CoachingSession session = sessions.findFirstByPlanIdOrderByIdDesc(planId)
        .orElseThrow(() -> ApiException.conflict("coaching.no-session", planId));
    int level;
    try {
      level = Integer.parseInt(String.valueOf(competency).replaceAll("\\.0$", ""));
    } catch (NumberFormatException e) {
      level = 0;
    }
    List<Violation> violations = new ArrayList<>();
    if (level < 1 || level > 5) {
      violations.add(Violation.of("kompetensi", "coaching.competency"));
    }
    if (feedback != null && feedback.length() > 4000) {
      violations.add(Violation.of("umpanBalikPegawai", "coaching.feedback-too-long", 4000));
    }
    if (!violations.isEmpty()) {
      throw new ValidationFailedException("coaching.invalid", violations);
    }
    session.acknowledge(feedback == null || feedback.isBlank() ? null : feedback.trim(), level, clock.instant());
    audit.record(actor, "COACHING_SESSION_ACKNOWLEDGED", "coaching", String.valueOf(planId), "kompetensi=" + level);
  }

  /** "Siapkan evaluasi ulang": a coaching evaluation from the plan's start until today; its id for the call. */
  @Transactional
  public long reEvaluation(long planId) {
    CoachingPlan plan = load(planId);
    int round = plan.nextRound();
    LocalDate today = LocalDate.now(clock);
    LocalDate from = plan.getStartedAt().atZone(clock.getZone()).toLocalDate();
    Evaluation evaluation = evaluations.create(skps.view(plan.getSkpId()),
        new Cadence.Period("BINA" + planId + "-" + round, from, today.isBefore(from) ? from : today));
    return evaluation.getId();
  }

  @Transactional
  public boolean improved(long planId, String predikat) {
    boolean better = predikat != null && Predikat.valueOf(predikat).followUp() != FollowUp.COACHING;
    if (better) {
      load(planId).improved();
    }
    return better;
  }

  @Transactional
  public void followUp(long planId, String option, String reason, String actor) {
    CoachingPlan plan = load(planId);
    String chosen = option == null ? "" : option.trim().toUpperCase(Locale.ROOT);
    List<Violation> violations = new ArrayList<>();
    if (!FOLLOW_UPS.contains(chosen)) {
      violations.add(Violation.of("tindakLanjut", "coaching.follow-up", String.join(", ",
          FOLLOW_UPS.stream().sorted().toList())));
    }
    if (reason == null || reason.isBlank() || reason.length() > 4000) {
      violations.add(Violation.of("alasanTindakLanjut", "coaching.follow-up-reason", 4000));
    }
    if (!violations.isEmpty()) {
      throw new ValidationFailedException("coaching.invalid", violations);
    }
    plan.escalated(chosen, reason.trim(), actor);
    audit.record(actor, "COACHING_FOLLOW_UP", "coaching", String.valueOf(planId), chosen + ": " + reason.trim());
  }

  /** The plan with its sessions (the employee, heads above, HR). */
  @Transactional(readOnly = true)
  public Map<String, Object> view(long planId, KinerjaUser user) {
    CoachingPlan plan = load(planId);
    SkpView skp = skps.view(plan.getSkpId(), user);
    Map<String, Object> view = new java.util.LinkedHashMap<>();
    view.put("id", plan.getId());
    view.put("employeeName", skp.employeeName());
    view.put("status", plan.getStatus());
    view.put("goals", plan.getGoals());
    view.put("actions", plan.getActions() == null ? List.of() : Arrays.asList(plan.getActions().split(",")));
    view.put("schedule", plan.getSchedule());
    view.put("rounds", plan.getRounds());
    view.put("followUp", plan.getFollowUp());
    view.put("sessions", sessions.findByPlanIdOrderByIdAsc(planId).stream().map(s -> {
      Map<String, Object> row = new java.util.LinkedHashMap<>();
      row.put("heldOn", s.getHeldOn());
      row.put("notes", s.getNotes());
      row.put("employeeFeedback", s.getEmployeeFeedback());
      row.put("competency", s.getCompetency());
      return row;
    }).collect(Collectors.toList()));
    return view;
  }

  private static List<String> actionList(Object actions) {
    if (actions == null) {
      return List.of();
    }
    String text = actions.toString().replaceAll("[\\[\\]\"\\s]", "");
    return text.isEmpty() ? List.of() : Arrays.stream(text.split(",")).map(a -> a.toUpperCase(Locale.ROOT))
        .distinct().toList();
  }

  private CoachingPlan load(long id) {
    return plans.findById(id).orElseThrow(() -> ApiException.notFound("coaching.not-found", id));
  }
}

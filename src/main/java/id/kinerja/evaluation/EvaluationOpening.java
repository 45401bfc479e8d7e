package id.kinerja.evaluation;

import id.kinerja.common.ApiException;
import id.kinerja.common.AuditTrail;
import id.kinerja.common.ValidationFailedException;
import id.kinerja.common.Violation;
import id.kinerja.cycle.AppraisalCycle;
import id.kinerja.cycle.CycleLookup;
import id.kinerja.cycle.Cadence;
import id.kinerja.cycle.FailedOpeningRetry;
import id.kinerja.cycle.OpeningFailureLog;
import id.kinerja.cycle.OpeningFailureView;
import id.kinerja.cycle.OpeningKind;
import id.kinerja.planning.SkpService;
import id.kinerja.planning.SkpView;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Starts {@code evaluasi-kinerja} for every agreed SKP of a cycle for one period of its cadence (Q1, M3, S1 …
 * ANNUAL). Idempotent: an SKP already evaluated for the period is skipped. The instances are started in the
 * background, one short transaction per SKP, so a 50,000-employee cycle does not hold the request.
 */
@Service
public class EvaluationOpening implements DisposableBean, FailedOpeningRetry {

  public static final String PROCESS_KEY = "evaluasi-kinerja";
  private static final Logger log = LoggerFactory.getLogger(EvaluationOpening.class);

  private final CycleLookup cycles;
  private final SkpService skps;
  private final EvaluationService evaluations;
  private final RuntimeService runtime;
  private final TransactionTemplate transaction;
  private final AuditTrail audit;
  private final OrganisationAssessment organisations;
  private final OpeningFailureLog failures;
  private final EvaluationDeadlines deadlines;
  private final DistributionCurves curves;
  private static final String ANNUAL = "ANNUAL";
  private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
    Thread thread = new Thread(r, "evaluation-opener");
    thread.setDaemon(true);
    return thread;
  });

  EvaluationOpening(CycleLookup cycles, SkpService skps, EvaluationService evaluations, RuntimeService runtime,
      TransactionTemplate transaction, AuditTrail audit, OrganisationAssessment organisations,
      OpeningFailureLog failures, EvaluationDeadlines deadlines, DistributionCurves curves) {
    this.cycles = cycles;
    this.skps = skps;
    this.evaluations = evaluations;
    this.runtime = runtime;
    this.transaction = transaction;
    this.audit = audit;
    this.organisations = organisations;
    this.failures = failures;
    this.deadlines = deadlines;
    this.curves = curves;
  }

  /** Validates the period, then starts in the background; answers how many agreed SKPs are in scope. */
  public int open(long cycleId, String periodCode, String actor) {
    AppraisalCycle cycle = transaction.execute(s -> cycles.find(cycleId)
        .orElseThrow(() -> ApiException.notFound("cycle.not-found", cycleId)));
    Cadence.Period period = periodCode == null ? null
        : cycle.getCadence().period(cycle.getYear(), periodCode.trim()).orElse(null);
    if (period == null) {
      throw new ValidationFailedException("evaluation.invalid", List.of(Violation.of("period",
          "evaluation.period-unknown", String.valueOf(periodCode), cycle.getCadence(),
          String.join(", ", cycle.getCadence().periods(cycle.getYear()).stream().map(Cadence.Period::code)
              .toList()))));
    }
    List<Long> agreed = skps.agreedOfCycle(cycleId);
    transaction.executeWithoutResult(s -> {
      audit.record(actor, "EVALUATIONS_OPENED", "cycle", String.valueOf(cycleId), period.code() + ", skp="
          + agreed.size());
      if (ANNUAL.equals(period.code())) {
        // the cycle keeps the curve in force now, whatever HR changes later (decision 72)
        curves.pin(cycleId);
      }
    });
    boolean peerFeedback = cycle.isPeerFeedback();
    executor.submit(() -> {
      boolean earlierFailures = failures.any(cycleId, OpeningKind.EVALUATION, period.code());
      long failed = agreed.stream().filter(skpId -> !startOne(cycleId, skpId, period, peerFeedback, earlierFailures))
          .count();
      if (failed > 0) {
        log.warn("Evaluations {} of cycle {}: {} of {} not started (retry: POST /api/v1/cycles/{}/retry)",
            period.code(), cycleId, failed, agreed.size(), cycleId);
      }
    });
    return agreed.size();
  }

  @Override
  public OpeningKind kind() {
    return OpeningKind.EVALUATION;
  }

  /** Starts the failed evaluations of the cycle again, each in its own transaction; started ones are skipped. */
  @Override
  public void retry(long cycleId, List<OpeningFailureView> failed) {
    AppraisalCycle cycle = transaction.execute(s -> cycles.find(cycleId).orElseThrow());
    executor.submit(() -> {
      long started = failed.stream().filter(f -> cycle.getCadence().period(cycle.getYear(), f.period())
          .map(period -> startOne(cycleId, f.subjectId(), period, cycle.isPeerFeedback(), true))
          .orElse(false)).count();
      log.info("Cycle {}: retry started {} of {} failed evaluations", cycleId, started, failed.size());
    });
  }

  /** Starts one evaluation (or finds it started); false when it failed, which is recorded on the cycle. */
  private boolean startOne(long cycleId, long skpId, Cadence.Period period, boolean peerFeedback,
      boolean earlierFailures) {
    try {
      transaction.executeWithoutResult(s -> {
        SkpView skp = evaluations.skpOf(skpId);
        if ("ANNUAL".equals(period.code())) {
          organisations.ensureFor(skp.cycleId(), skpId);
        }
        Evaluation evaluation = evaluations.create(skp, period);
        if (evaluation != null) {
          String instance = runtime.startProcessInstanceByKey(PROCESS_KEY, "evaluasi-" + evaluation.getId(),
              Map.of(EvaluationVariables.EVALUATION_ID, evaluation.getId(), EvaluationVariables.SKP_ID, skpId,
                  EvaluationVariables.EMPLOYEE, skp.employeeUsername(), EvaluationVariables.PERIOD, period.code(),
                  EvaluationVariables.OBJECTION_TIMER, deadlines.objectionTimer(),
                  EvaluationVariables.PEER_FEEDBACK, peerFeedback,
                  EvaluationVariables.PEER_FEEDBACK_TIMER, deadlines.peerFeedbackTimer())).getId();
          evaluations.startedAs(evaluation.getId(), instance);
        }
      });
      if (earlierFailures) {
        failures.started(cycleId, OpeningKind.EVALUATION, period.code(), List.of(skpId));
      }
      return true;
    } catch (RuntimeException e) {
      log.error("Evaluation {} of SKP {} not started", period.code(), skpId, e);
      String[] employee = employeeOf(skpId);
      failures.failed(cycleId, OpeningKind.EVALUATION, period.code(), skpId, employee[0], employee[1], e);
      return false;
    }
  }

  private String[] employeeOf(long skpId) {
    try {
      SkpView skp = transaction.execute(s -> evaluations.skpOf(skpId));
      return new String[] {skp.employeeNip(), skp.employeeName()};
    } catch (RuntimeException unknown) {
      return new String[2];
    }
  }

  @Override
  public void destroy() {
    executor.shutdownNow();
  }
}

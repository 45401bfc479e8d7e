package id.kinerja.cycle;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which employees an opening (a cycle's SKP planning, a period's evaluations) could not start, and why. A failure
 * is written in a transaction of its own, after the failed start was rolled back, and removed when a later attempt
 * starts that employee. The cycle shows them ({@code failed}, {@code failures}, status OPEN_WITH_ERRORS).
 */
@Service
public class OpeningFailureLog {

  static final String NO_PERIOD = "";

  private final OpeningFailures failures;
  private final Clock clock;

  OpeningFailureLog(OpeningFailures failures, Clock clock) {
    this.failures = failures;
    this.clock = clock;
  }

  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void failed(long cycleId, OpeningKind kind, String period, long subjectId, String employeeNip,
      String employeeName, Throwable cause) {
    String periodCode = period == null ? NO_PERIOD : period;
    OpeningFailure failure = failures.findByCycleIdAndKindAndPeriodCodeAndSubjectId(cycleId, kind, periodCode,
        subjectId).orElseGet(() -> new OpeningFailure(cycleId, kind, periodCode, subjectId, employeeNip,
        employeeName));
    failure.failedAgain(reason(cause), clock.instant());
    failures.save(failure);
  }

  /** Forgets earlier failures of these subjects: they have been started now (or had been already). */
  @Transactional
  public void started(long cycleId, OpeningKind kind, String period, Collection<Long> subjectIds) {
    if (!subjectIds.isEmpty()) {
      failures.deleteSubjects(cycleId, kind, period == null ? NO_PERIOD : period, subjectIds);
    }
  }

  @Transactional(readOnly = true)
  public boolean any(long cycleId, OpeningKind kind, String period) {
    return failures.existsByCycleIdAndKindAndPeriodCode(cycleId, kind, period == null ? NO_PERIOD : period);
  }

  @Transactional(readOnly = true)
  public List<OpeningFailureView> of(long cycleId) {
    return failures.findByCycleIdOrderByIdAsc(cycleId).stream().map(OpeningFailure::view).toList();
  }

  /** The first {@value #SHOWN} failures, as the cycle shows them ({@code failed} gives the count). */
  @Transactional(readOnly = true)
  public List<OpeningFailureView> firstOf(long cycleId) {
    return failures.findTop100ByCycleIdOrderByIdAsc(cycleId).stream().map(OpeningFailure::view).toList();
  }

  static final int SHOWN = 100;

  @Transactional(readOnly = true)
  public long count(long cycleId) {
    return failures.countByCycleId(cycleId);
  }

  /** The innermost cause's message (e.g. "no processes deployed with key 'skp-planning'"), one line. */
  static String reason(Throwable cause) {
    Throwable root = cause;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    return message.replace('\u0000', ' ').replaceAll("\\s+", " ").trim();
  }
}

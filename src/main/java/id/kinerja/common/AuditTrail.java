package id.kinerja.common;

import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Records every decision a person takes, inside the transaction of the decision itself. */
@Service
public class AuditTrail {

  private final AuditLog log;
  private final Clock clock;

  AuditTrail(AuditLog log, Clock clock) {
    this.log = log;
    this.clock = clock;
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public void record(String actor, String action, String subjectType, String subjectId, String details) {
    log.save(new AuditEntry(clock.instant(), actor, action, subjectType, subjectId, details));
  }

  /** What was recorded about one subject, oldest first (read-only; other modules have no repository of it). */
  @Transactional(readOnly = true)
  public java.util.List<AuditEntry> of(String subjectType, String subjectId) {
    return log.findBySubjectTypeAndSubjectIdOrderByOccurredAtAsc(subjectType, subjectId);
  }
}

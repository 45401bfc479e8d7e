package id.kinerja.evaluation;

import id.kinerja.progress.PeriodLock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A period is closed for realisations once its evaluation has gone past the self-evaluation (it was scored). */
@Component
class EvaluationPeriodLock implements PeriodLock {

  private final Evaluations evaluations;

  EvaluationPeriodLock(Evaluations evaluations) {
    this.evaluations = evaluations;
  }

  @Override
  @Transactional(readOnly = true)
  public boolean isClosed(long skpId, LocalDate date) {
    return evaluations.findBySkpIdInOrderByPeriodFromAsc(java.util.List.of(skpId)).stream()
        .anyMatch(e -> !date.isBefore(e.getPeriodFrom()) && !date.isAfter(e.getPeriodTo())
            && e.getStatus() != EvaluationStatus.SELF_EVALUATION);
  }
}

package id.kinerja.evaluation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Evaluations extends JpaRepository<Evaluation, Long> {

  List<Evaluation> findByCycleIdAndPeriodCode(Long cycleId, String periodCode);

  Optional<Evaluation> findByVerificationCode(String verificationCode);

  Optional<Evaluation> findBySkpIdAndPeriodCode(Long skpId, String periodCode);

  List<Evaluation> findBySkpIdInOrderByPeriodFromAsc(Collection<Long> skpIds);

  /** How many evaluations of each cycle and period stand at each status: HR's overview, without loading any. */
  @Query("select new id.kinerja.evaluation.EvaluationCount(e.cycleId, e.periodCode, min(e.periodFrom), "
      + "e.status, count(e)) from Evaluation e group by e.cycleId, e.periodCode, e.status")
  List<EvaluationCount> countByCycleAndPeriodAndStatus();
}

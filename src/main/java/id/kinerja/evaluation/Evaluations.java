package id.kinerja.evaluation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface Evaluations extends JpaRepository<Evaluation, Long> {

  List<Evaluation> findByCycleIdAndPeriodCode(Long cycleId, String periodCode);

  Optional<Evaluation> findByVerificationCode(String verificationCode);

  Optional<Evaluation> findBySkpIdAndPeriodCode(Long skpId, String periodCode);

  List<Evaluation> findBySkpIdInOrderByPeriodFromAsc(Collection<Long> skpIds);
}

package id.kinerja.reward;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface Rewards extends JpaRepository<Reward, Long> {

  List<Reward> findByEvaluationIdOrderByIdAsc(Long evaluationId);

  Optional<Reward> findByVerificationCode(String verificationCode);

  @Query("select coalesce(sum(r.amount), 0) from Reward r where r.organisationId = :organisationId "
      + "and r.year = :year and r.type = id.kinerja.reward.RewardType.INSENTIF "
      + "and r.status = id.kinerja.reward.RewardStatus.APPROVED")
  BigDecimal approvedIncentives(Long organisationId, int year);
}

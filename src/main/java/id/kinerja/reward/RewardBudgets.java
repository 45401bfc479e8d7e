package id.kinerja.reward;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;

interface RewardBudgets extends JpaRepository<RewardBudget, Long> {

  /** Locked, so two HR decisions on the same budget cannot both spend its last rupiah. */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  Optional<RewardBudget> findByOrganisationIdAndYear(Long organisationId, int year);
}

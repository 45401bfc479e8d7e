package id.kinerja.coaching;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CoachingPlans extends JpaRepository<CoachingPlan, Long> {

  /** The SKP's coaching that is still under way (status OPEN), if any. */
  Optional<CoachingPlan> findFirstBySkpIdAndStatusOrderByIdAsc(long skpId, String status);
}

package id.kinerja.coaching;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CoachingSessions extends JpaRepository<CoachingSession, Long> {

  List<CoachingSession> findByPlanIdOrderByIdAsc(Long planId);

  Optional<CoachingSession> findFirstByPlanIdOrderByIdDesc(Long planId);
}

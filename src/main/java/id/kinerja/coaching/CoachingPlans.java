package id.kinerja.coaching;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CoachingPlans extends JpaRepository<CoachingPlan, Long> {
}

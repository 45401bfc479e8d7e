package id.kinerja.progress;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CheckIns extends JpaRepository<CheckIn, Long> {

  Optional<CheckIn> findBySkpIdAndPeriodCode(Long skpId, String periodCode);

  List<CheckIn> findBySkpIdOrderByScheduledOnAsc(Long skpId);
}

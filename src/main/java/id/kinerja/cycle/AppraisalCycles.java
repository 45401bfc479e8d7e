package id.kinerja.cycle;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AppraisalCycles extends JpaRepository<AppraisalCycle, Long> {

  Optional<AppraisalCycle> findByUnitIdAndYear(Long unitId, int year);

  List<AppraisalCycle> findByStatus(CycleStatus status);
}

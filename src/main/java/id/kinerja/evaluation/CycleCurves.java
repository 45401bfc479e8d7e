package id.kinerja.evaluation;

import java.util.Optional;
import org.springframework.data.repository.Repository;

interface CycleCurves extends Repository<CycleCurve, Long> {

  CycleCurve save(CycleCurve pin);

  Optional<CycleCurve> findById(Long cycleId);
}

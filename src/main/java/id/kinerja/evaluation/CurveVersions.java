package id.kinerja.evaluation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

interface CurveVersions extends Repository<CurveVersion, Integer> {

  CurveVersion save(CurveVersion version);

  Optional<CurveVersion> findFirstByOrderByVersionDesc();

  Optional<CurveVersion> findByVersion(int version);

  List<CurveVersion> findAllByOrderByVersionDesc();
}

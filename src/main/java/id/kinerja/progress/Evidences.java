package id.kinerja.progress;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface Evidences extends JpaRepository<Evidence, Long> {

  List<Evidence> findByRealisationIdIn(Collection<Long> realisationIds);
}

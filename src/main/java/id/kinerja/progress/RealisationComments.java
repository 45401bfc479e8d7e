package id.kinerja.progress;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface RealisationComments extends JpaRepository<RealisationComment, Long> {

  List<RealisationComment> findByRealisationIdInOrderByCreatedAtAsc(Collection<Long> realisationIds);
}

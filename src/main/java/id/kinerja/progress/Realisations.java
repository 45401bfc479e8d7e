package id.kinerja.progress;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Realisations extends JpaRepository<Realisation, Long> {

  List<Realisation> findBySkpIdOrderByDateAscCreatedAtAsc(Long skpId);

  List<Realisation> findBySkpIdIn(Collection<Long> skpIds);
}

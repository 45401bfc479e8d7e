package id.kinerja.progress;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface Realisations extends JpaRepository<Realisation, Long> {

  List<Realisation> findBySkpIdOrderByDateAscCreatedAtAsc(Long skpId);

  List<Realisation> findBySkpIdIn(Collection<Long> skpIds);

  /** The values of the SKPs' realisations without loading entities (monitors, weighted capaian in bulk). */
  @Query("select new id.kinerja.progress.RealisationPoint(r.skpId, r.indicatorId, r.date, r.createdAt, r.value) "
      + "from Realisation r where r.skpId in :skpIds")
  List<RealisationPoint> findPointsBySkpIdIn(Collection<Long> skpIds);
}

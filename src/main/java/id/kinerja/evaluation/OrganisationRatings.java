package id.kinerja.evaluation;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface OrganisationRatings extends JpaRepository<OrganisationRating, Long> {

  Optional<OrganisationRating> findByCycleIdAndUnitId(Long cycleId, Long unitId);
}

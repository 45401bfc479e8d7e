package id.kinerja.organization;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface Positions extends JpaRepository<Position, Long> {

  Optional<Position> findByCode(String code);

  @EntityGraph(attributePaths = "unit")
  List<Position> findByCodeIn(Collection<String> codes);

  @EntityGraph(attributePaths = "unit")
  List<Position> findByHeadTrue();

  @EntityGraph(attributePaths = "unit")
  List<Position> findByHeadTrueAndUnitIdIn(Collection<Long> unitIds);
}

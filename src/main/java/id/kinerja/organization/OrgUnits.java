package id.kinerja.organization;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OrgUnits extends JpaRepository<OrgUnit, Long> {

  Optional<OrgUnit> findByCode(String code);

  boolean existsByCode(String code);

  List<OrgUnit> findByCodeIn(Collection<String> codes);

  @EntityGraph(attributePaths = "parent")
  @Query("select u from OrgUnit u order by u.code")
  List<OrgUnit> findAllWithParent();

  /** (unit id, parent id) for every unit: the shape of the tree, without loading entities. */
  @Query("select new id.kinerja.organization.UnitLink(u.id, p.id) from OrgUnit u left join u.parent p")
  List<UnitLink> findAllLinks();
}

package id.kinerja.organization;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Employees extends JpaRepository<Employee, Long> {

  @EntityGraph(attributePaths = {"unit", "position"})
  Optional<Employee> findByNip(String nip);

  @EntityGraph(attributePaths = {"unit", "position"})
  Optional<Employee> findByUsername(String username);

  @EntityGraph(attributePaths = {"unit", "position"})
  List<Employee> findByNipIn(Collection<String> nips);

  List<Employee> findByPositionIdIn(Collection<Long> positionIds);

  /** The active holders of the given positions. */
  @Query("""
      select new id.kinerja.organization.PositionHolder(p.id, e.nip)
      from Employee e join e.position p
      where e.active = true and p.id in :positionIds""")
  List<PositionHolder> findActiveHolders(Collection<Long> positionIds);

  boolean existsByUsername(String username);

  @Query("select e.nip from Employee e where e.active = true and e.unit.id in :unitIds")
  List<String> findActiveNipsInUnits(Collection<Long> unitIds);

  @Query("select e.username from Employee e where e.username in :usernames")
  List<String> findUsernamesIn(Collection<String> usernames);

  @EntityGraph(attributePaths = {"unit", "position"})
  @Query("select e from Employee e where e.active = true order by e.nip")
  Page<Employee> findActive(Pageable pageable);

  @EntityGraph(attributePaths = {"unit", "position"})
  @Query("select e from Employee e where e.active = true and (e.unit.id in :unitIds or e.id = :selfId) order by e.nip")
  Page<Employee> findActiveInUnitsOrSelf(Collection<Long> unitIds, long selfId, Pageable pageable);

  @EntityGraph(attributePaths = {"unit", "position"})
  @Query("select e from Employee e where e.active = true and e.unit.id in :unitIds order by e.nip")
  List<Employee> findActiveInUnits(Collection<Long> unitIds);

  @Query("select e.id from Employee e where e.active = true and e.unit.id in :unitIds and e.id > :afterId order by e.id")
  List<Long> findActiveIdsInUnits(Collection<Long> unitIds, long afterId, Pageable pageable);

  @Query("select count(e) from Employee e where e.active = true and e.unit.id in :unitIds")
  long countActiveInUnits(Collection<Long> unitIds);

  /** The active holder of each head position, with the unit it leads: the input of supervisor resolution. */
  @Query("""
      select new id.kinerja.organization.UnitHead(p.unit.id, e.id, e.nip, e.name, e.username)
      from Employee e join e.position p
      where p.head = true and e.active = true""")
  List<UnitHead> findHeads();

  /** Every active employee in a few columns, for checks over the whole organisation (data quality). */
  @Query("""
      select new id.kinerja.organization.EmployeeLine(e.id, e.nip, e.name, e.username, e.email, u.id, u.code,
        coalesce(p.head, false))
      from Employee e join e.unit u left join e.position p
      where e.active = true""")
  List<EmployeeLine> findActiveLines();

  /** Positions with more active holders than their formasi: code, unit code, formasi, holders. */
  @Query("""
      select new id.kinerja.organization.PositionOverFormasi(p.code, p.unit.code, p.formasi, count(e))
      from Employee e join e.position p
      where e.active = true and p.formasi is not null
      group by p.code, p.unit.code, p.formasi
      having count(e) > p.formasi""")
  List<PositionOverFormasi> findOverFormasi();
}

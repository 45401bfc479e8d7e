package id.kinerja.planning;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface Skps extends JpaRepository<Skp, Long> {

  /**
   * The SKP row locked until the transaction ends ({@code select … for update}): every change of an SKP's
   * content or status takes it first, so an edit and a submission (or two reviews) never interleave.
   */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select s.id from Skp s where s.id = :id")
  Optional<Long> lockById(Long id);

  @EntityGraph(attributePaths = {"employee", "employee.unit", "employee.position"})
  @Query("select s from Skp s where s.id = :id")
  Optional<Skp> findWithEmployee(Long id);

  @EntityGraph(attributePaths = "employee")
  List<Skp> findByEmployeeUsernameOrderByYearDescRevisionDesc(String username);

  @EntityGraph(attributePaths = "employee")
  List<Skp> findByEmployeeUsernameAndYearOrderByRevisionDesc(String username, int year);

  boolean existsByEmployeeIdAndYear(Long employeeId, int year);

  long countByCycleIdAndRevision(Long cycleId, int revision);

  /** The agreed SKP in force for an employee and year, if any. */
  @Query("select s from Skp s where s.employee.id = :employeeId and s.year = :year "
      + "and s.status = id.kinerja.planning.SkpStatus.AGREED and s.supersededAt is null")
  Optional<Skp> findInForce(Long employeeId, int year);

  @Query("select s.id from Skp s where s.cycleId = :cycleId and s.status = id.kinerja.planning.SkpStatus.AGREED "
      + "and s.supersededAt is null order by s.id")
  List<Long> findAgreedIdsOfCycle(Long cycleId);

  /** An open (not yet agreed) revision of an employee's SKP for the year. */
  @Query("select s from Skp s where s.employee.id = :employeeId and s.year = :year and s.revision > 0 "
      + "and s.status <> id.kinerja.planning.SkpStatus.AGREED")
  Optional<Skp> findOpenRevision(Long employeeId, int year);

  /** The latest SKP (highest revision) of each of the given employees for a year. */
  @Query("select s from Skp s where s.employee.id in :employeeIds and s.year = :year and s.revision = "
      + "(select max(t.revision) from Skp t where t.employee = s.employee and t.year = s.year)")
  List<Skp> findLatest(Collection<Long> employeeIds, int year);

  /** SKPs with their employee and RHK (indicators and reviews come with the two queries below): views in bulk. */
  @Query("select distinct s from Skp s join fetch s.employee left join fetch s.rhk where s.id in :ids")
  List<Skp> findWithRhk(Collection<Long> ids);

  /** Loads the indicators of the SKPs' RHK into the persistence context (no entity per RHK lazily). */
  @Query("select distinct r from Rhk r left join fetch r.indicators where r.skp.id in :ids")
  List<Rhk> fetchIndicators(Collection<Long> ids);

  /** Loads the SKPs' ekspektasi khusus pimpinan into the persistence context (no load per SKP). */
  @Query("select distinct s from Skp s left join fetch s.expectations where s.id in :ids")
  List<Skp> fetchExpectations(Collection<Long> ids);

  /** Loads the SKPs' review rounds into the persistence context. */
  @Query("select distinct s from Skp s left join fetch s.reviews where s.id in :ids")
  List<Skp> fetchReviews(Collection<Long> ids);

  /** The agreed SKP in force of each of the given employees for a year. */
  @Query("select s from Skp s where s.employee.id in :employeeIds and s.year = :year "
      + "and s.status = id.kinerja.planning.SkpStatus.AGREED and s.supersededAt is null")
  List<Skp> findInForceOf(Collection<Long> employeeIds, int year);
}

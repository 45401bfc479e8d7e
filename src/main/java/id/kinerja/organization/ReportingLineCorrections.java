package id.kinerja.organization;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReportingLineCorrections extends JpaRepository<ReportingLineCorrection, Long> {

  /** The corrections valid on a day (not ended, not expired), with the people they name still active. */
  @Query("""
      select new id.kinerja.organization.CorrectedLine(c.employee.id, s.id, s.nip, s.name, s.username, s.unit.id,
        r.id, r.nip, r.name, r.username, r.unit.id, c.validUntil)
      from ReportingLineCorrection c join c.supervisor s left join c.senior r
      where c.endedAt is null and c.validUntil >= :day and s.active = true""")
  List<CorrectedLine> findValidOn(LocalDate day);

  @Query("select c from ReportingLineCorrection c where c.employee.id = :employeeId and c.endedAt is null "
      + "and c.validUntil >= :day")
  Optional<ReportingLineCorrection> findCurrent(long employeeId, LocalDate day);

  /** Employees whose correction expired (last valid day in [since, day)) without HR ending it. */
  @Query("""
      select c.employee.id from ReportingLineCorrection c
      where c.endedAt is null and c.validUntil >= :since and c.validUntil < :day""")
  List<Long> findEmployeeIdsExpiredBetween(LocalDate since, LocalDate day);

  /** The corrections in force on a day, every employee (HR's page). */
  @Query("""
      select c from ReportingLineCorrection c join fetch c.employee join fetch c.supervisor left join fetch c.senior
      where c.endedAt is null and c.validUntil >= :day order by c.validUntil, c.id""")
  List<ReportingLineCorrection> findInForce(LocalDate day);
}

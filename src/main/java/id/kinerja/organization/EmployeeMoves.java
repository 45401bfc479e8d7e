package id.kinerja.organization;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface EmployeeMoves extends JpaRepository<EmployeeMove, Long> {

  /** An employee's moves, newest effective date first: their history. */
  @EntityGraph(attributePaths = {"employee", "toUnit", "toPosition"})
  @Query("select m from EmployeeMove m where m.employee.id = :employeeId order by m.effectiveDate desc, m.id desc")
  List<EmployeeMove> findByEmployee(long employeeId);

  /** Every move of the state, newest first (HR's list). */
  @EntityGraph(attributePaths = {"employee", "toUnit", "toPosition"})
  @Query("select m from EmployeeMove m where m.state = :state order by m.effectiveDate desc, m.id desc")
  List<EmployeeMove> findByState(MoveState state, org.springframework.data.domain.Pageable page);

  /** The ids of the pending moves due on {@code day} or earlier, oldest first (the order they apply in). */
  @Query("""
      select m.id from EmployeeMove m where m.state = id.kinerja.organization.MoveState.PENDING
      and m.effectiveDate <= :day order by m.effectiveDate, m.id""")
  List<Long> findDue(LocalDate day);

  /**
   * Claims a pending move for applying: exactly one transaction (on any node) gets 1, the others wait for the row
   * lock and then get 0 — what makes the daily job safe on two nodes sharing the database.
   */
  @Modifying(flushAutomatically = true, clearAutomatically = true)
  @Query(value = "update employee_move set state = 'APPLIED' where id = :id and state = 'PENDING'",
      nativeQuery = true)
  int claim(long id);
}

package id.kinerja.organization;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The employees as other modules see them: looked up by login, id or NIP, and the active staff of a set of units.
 * Other modules read employees here, never through the repository.
 */
@Service
@Transactional(readOnly = true)
public class Staff {

  private final Employees employees;

  Staff(Employees employees) {
    this.employees = employees;
  }

  public Optional<Employee> byUsername(String username) {
    return employees.findByUsername(username);
  }

  public Optional<Employee> byId(long id) {
    return employees.findById(id);
  }

  public Optional<Employee> byNip(String nip) {
    return employees.findByNip(nip);
  }

  public boolean hasLogin(String username) {
    return employees.existsByUsername(username);
  }

  public long count() {
    return employees.count();
  }

  /** The active employees of these units (not of their subunits). */
  public List<Employee> activeInUnits(Collection<Long> unitIds) {
    return unitIds.isEmpty() ? List.of() : employees.findActiveInUnits(unitIds);
  }

  public long countActiveInUnits(Collection<Long> unitIds) {
    return unitIds.isEmpty() ? 0 : employees.countActiveInUnits(unitIds);
  }

  /** A page of the ids of the active employees of these units, by id, after {@code afterId}: for batch work. */
  public List<Long> activeIdsInUnits(Collection<Long> unitIds, long afterId, int limit) {
    return unitIds.isEmpty() ? List.of()
        : employees.findActiveIdsInUnits(unitIds, afterId, PageRequest.of(0, limit));
  }
}

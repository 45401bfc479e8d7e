package id.kinerja.organization;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place "today", periods, deadlines and timer dates get their zone (domain.md, Organisation): the zone of
 * the Pemda an employee or unit belongs to ({@code zona_waktu} on its PEMDA root, {@link PemdaTimeZone}), else
 * {@code kinerja.time-zone}. The instant always comes from the application clock, which is the engine's clock
 * ({@code engine.EngineClock}).
 */
@Component
public class PemdaClocks {

  private final Clock clock;
  private final Staff staff;

  PemdaClocks(Clock clock, Staff staff) {
    this.clock = clock;
    this.staff = staff;
  }

  /** The zone of the unit's Pemda; the default zone for a unit of none (or null). */
  public ZoneId zoneOf(OrgUnit unit) {
    OrgUnit root = unit;
    while (root != null && root.getParent() != null) {
      root = root.getParent();
    }
    return root == null ? clock.getZone() : root.getTimeZone().orElse(clock.getZone());
  }

  /** The clock of the unit's Pemda. */
  public Clock clockOf(OrgUnit unit) {
    return clock.withZone(zoneOf(unit));
  }

  /** The clock of the Pemda the employee works for; the default clock for a user who is not an employee. */
  @Transactional(readOnly = true)
  public Clock forEmployee(String username) {
    return staff.byUsername(username).map(e -> clockOf(e.getUnit())).orElse(clock);
  }

  /** "Today" where the employee works. */
  @Transactional(readOnly = true)
  public LocalDate today(String username) {
    return LocalDate.now(forEmployee(username));
  }
}

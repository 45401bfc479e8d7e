package id.kinerja.progress;

import id.kinerja.common.ApiException;
import id.kinerja.common.AuditTrail;
import id.kinerja.cycle.CycleLookup;
import id.kinerja.cycle.Cadence;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Dialog kinerja: one check-in per period of the cycle's cadence, on the period's last day at 09:00 (region
 * time). The dates come from {@link Cadence}, the one place that computes them.
 */
@Service
public class CheckInService {

  static final LocalTime CHECK_IN_TIME = LocalTime.of(9, 0);

  private final CheckIns checkIns;
  private final CycleLookup cycles;
  private final AuditTrail audit;
  private final Clock clock;

  private final id.kinerja.organization.PemdaClocks pemdaClocks;

  CheckInService(CheckIns checkIns, CycleLookup cycles, AuditTrail audit, Clock clock,
      id.kinerja.organization.PemdaClocks pemdaClocks) {
    this.pemdaClocks = pemdaClocks;
    this.checkIns = checkIns;
    this.cycles = cycles;
    this.audit = audit;
    this.clock = clock;
  }

  /** The next check-in after now for the SKP's cycle, as (period code, ISO date-time for the timer). */
  @Transactional(readOnly = true)
  public Optional<Scheduled> next(long cycleId, int year) {
    var cycle = cycles.find(cycleId).orElseThrow();
    // 09:00 where the cycle's Pemda is (WIT in Sorong), not where the server is
    return nextAfter(cycle.getCadence(), year, ZonedDateTime.now(pemdaClocks.clockOf(cycle.getUnit())));
  }

  /** The first check-in of the year after {@code now}: the end of each cadence period (the year end for ANNUAL). */
  public static Optional<Scheduled> nextAfter(Cadence cadence, int year, ZonedDateTime now) {
    List<Cadence.Period> periods = cadence.periods(year).stream()
        .filter(p -> cadence == Cadence.ANNUAL || !"ANNUAL".equals(p.code())).toList();
    return periods.stream()
        .map(p -> new Scheduled(p.code(), p.end(), p.end().atTime(CHECK_IN_TIME).atZone(now.getZone())))
        .filter(s -> s.at().isAfter(now))
        .findFirst();
  }

  public record Scheduled(String periodCode, LocalDate date, ZonedDateTime at) {

    /** For a BPMN timeDate. */
    public String timerDate() {
      return at.toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
  }

  @Transactional
  public void hold(long skpId, String periodCode, LocalDate scheduledOn, String supervisor, String feedback,
      String agreedActions) {
    if (feedback == null || feedback.isBlank()) {
      throw ApiException.badRequest("checkin.feedback-required");
    }
    CheckIn checkIn = checkIns.findBySkpIdAndPeriodCode(skpId, periodCode)
        .orElseGet(() -> checkIns.save(new CheckIn(skpId, periodCode, scheduledOn)));
    checkIn.hold(supervisor, feedback.trim(), agreedActions == null ? null : agreedActions.trim(), clock.instant());
    audit.record(supervisor, "CHECK_IN_HELD", "skp", String.valueOf(skpId), periodCode);
  }

  @Transactional
  public void acknowledge(long skpId, String periodCode, String employee) {
    CheckIn checkIn = checkIns.findBySkpIdAndPeriodCode(skpId, periodCode)
        .orElseThrow(() -> ApiException.notFound("checkin.not-found", skpId, periodCode));
    checkIn.acknowledge(employee, clock.instant());
    audit.record(employee, "CHECK_IN_ACKNOWLEDGED", "skp", String.valueOf(skpId), periodCode);
  }

  @Transactional(readOnly = true)
  public List<CheckIn> of(long skpId) {
    return checkIns.findBySkpIdOrderByScheduledOnAsc(skpId);
  }
}

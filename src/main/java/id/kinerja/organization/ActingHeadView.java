package id.kinerja.organization;

import java.time.LocalDate;

/** An acting appointment as the API shows it; {@code validToday} whether it leads the unit today. */
public record ActingHeadView(Long id, String unitCode, String nip, String name, ActingKind kind, LocalDate from,
    LocalDate to, String decree, boolean validToday, boolean endedEarly) {

  static ActingHeadView of(ActingHead a, LocalDate today) {
    return new ActingHeadView(a.getId(), a.getUnit().getCode(), a.getEmployee().getNip(), a.getEmployee().getName(),
        a.getKind(), a.getFrom(), a.getTo(), a.getDecree(), a.validOn(today), a.getEndedAt() != null);
  }
}

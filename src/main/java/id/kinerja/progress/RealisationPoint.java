package id.kinerja.progress;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** What progress needs of a realisation, read without loading the entity (the monitor reads thousands at once). */
record RealisationPoint(Long skpId, Long indicatorId, LocalDate date, Instant createdAt, BigDecimal value) {

  static RealisationPoint of(Realisation r) {
    return new RealisationPoint(r.getSkpId(), r.getIndicatorId(), r.getDate(), r.getCreatedAt(), r.getValue());
  }

  Achievement.Entry entry() {
    return new Achievement.Entry(date, createdAt, value);
  }
}

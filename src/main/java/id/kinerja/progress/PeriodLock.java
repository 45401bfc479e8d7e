package id.kinerja.progress;

import java.time.LocalDate;

/**
 * Whether the evaluation period containing a date is closed for an SKP's realisations (implemented by the
 * evaluation module: closed once that period's evaluation has been scored).
 */
public interface PeriodLock {

  boolean isClosed(long skpId, LocalDate date);
}

package id.kinerja.progress;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One SKP's progress in a line of a monitor: weighted capaian so far (null: none yet), the SKP's status against the
 * pace expected by today (null: no numeric indicator), the date of the latest entry (null: none) and the number of
 * entries.
 */
public record SkpProgress(Long skpId, BigDecimal weightedCapaian, ProgressStatus status, LocalDate lastEntry,
    int entries) {
}

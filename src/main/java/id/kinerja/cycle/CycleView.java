package id.kinerja.cycle;

import java.time.Instant;

/** A cycle and the progress of its opening: planning instances started out of the employees in scope. */
public record CycleView(Long id, int year, Cadence cadence, String unitCode, String unitName, CycleStatus status,
    int submitReminderDays, int reviewReminderDays, int escalationDays, boolean peerFeedback, int total, long started, Instant createdAt,
    String createdBy) {
}

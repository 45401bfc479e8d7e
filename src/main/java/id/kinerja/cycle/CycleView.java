package id.kinerja.cycle;

import java.time.Instant;
import java.util.List;

/**
 * A cycle and the progress of its opening: planning instances started out of the employees in scope, and the
 * employees whose process (SKP planning, or an evaluation of one of its periods) could not be started.
 */
public record CycleView(Long id, int year, Cadence cadence, String unitCode, String unitName, CycleStatus status,
    int submitReminderDays, int reviewReminderDays, int escalationDays, boolean peerFeedback,
    boolean periodicFollowUp, int total, long started,
    long failed, List<OpeningFailureView> failures, Instant createdAt, String createdBy) {
}

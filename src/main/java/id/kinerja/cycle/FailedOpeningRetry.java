package id.kinerja.cycle;

import java.util.List;

/**
 * Starts again what an opening of one kind could not start (HR: {@code POST /api/v1/cycles/{id}/retry}). Idempotent:
 * whoever has been started meanwhile is skipped. Implemented where the kind's process is started.
 */
public interface FailedOpeningRetry {

  OpeningKind kind();

  /** Called in the background with the cycle's failures of {@link #kind()}. */
  void retry(long cycleId, List<OpeningFailureView> failures);
}

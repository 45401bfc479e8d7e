package id.kinerja.common;

import org.camunda.bpm.engine.ProcessEngineException;

/**
 * Thrown from a task listener when Kinerja refuses a form submission: the engine rolls back and the task stays
 * open; Tasklist shows the (Indonesian) message, and the API unwraps the {@link ApiException} it carries.
 */
public class TaskRefusedException extends ProcessEngineException {

  public TaskRefusedException(String message, ApiException cause) {
    super(message, cause);
  }

  /** The {@link ApiException} behind a failed engine call, if Kinerja refused it. */
  public static java.util.Optional<ApiException> refusalIn(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof ApiException api) {
        return java.util.Optional.of(api);
      }
    }
    return java.util.Optional.empty();
  }
}

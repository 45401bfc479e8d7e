package id.kinerja.notification;

import id.kinerja.security.Role;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Who gets a user task, in one place: the person the organisation names (supervisor, senior, unit head …), told by a
 * notification with a link to the task; when nobody holds that post, the Pengelola Kinerja (group {@code hr}), who
 * find it in Tasklist's "Tugas kelompok saya". HR's own steps go to the group directly.
 */
@Component
public class TaskAssignment {

  private final Notifier notifier;

  TaskAssignment(Notifier notifier) {
    this.notifier = notifier;
  }

  /**
   * Assigns the task to {@code username} and notifies them ({@code template} with {@code args}, see
   * {@link Notifier#notify}); with no one to assign (null), the task goes to HR.
   */
  public void toPersonOrHr(DelegateTask task, String username, String template, Object... args) {
    if (username == null) {
      toHr(task);
      return;
    }
    task.setAssignee(username);
    notifier.notify(username, template, Notifier.taskPath(task.getId()), args);
  }

  /** A step for the Pengelola Kinerja: any member of {@code hr} may claim it. */
  public void toHr(DelegateTask task) {
    task.addCandidateGroup(Role.HR.groupId());
  }
}

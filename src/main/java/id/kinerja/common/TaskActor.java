package id.kinerja.common;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who completes a task: the logged-in user (Tasklist or API), else the assignee (engine-internal calls), else
 * "system" — the audit log never gets an anonymous entry.
 */
@Component
public class TaskActor {

  private final IdentityService identity;

  TaskActor(IdentityService identity) {
    this.identity = identity;
  }

  public String of(DelegateTask task) {
    Authentication current = identity.getCurrentAuthentication();
    if (current != null && current.getUserId() != null) {
      return current.getUserId();
    }
    return task.getAssignee() != null ? task.getAssignee() : "system";
  }
}

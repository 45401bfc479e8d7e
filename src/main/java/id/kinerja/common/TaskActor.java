package id.kinerja.common;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** Who completes a task: the logged-in user (Tasklist or API), else the assignee (engine-internal calls). */
@Component
public class TaskActor {

  private final IdentityService identity;

  TaskActor(IdentityService identity) {
    this.identity = identity;
  }

  public String of(DelegateTask task) {
    Authentication current = identity.getCurrentAuthentication();
    return current != null && current.getUserId() != null ? current.getUserId() : task.getAssignee();
  }
}

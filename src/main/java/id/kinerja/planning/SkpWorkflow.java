package id.kinerja.planning;

import id.kinerja.common.ApiException;
import id.kinerja.common.TaskRefusedException;
import id.kinerja.security.KinerjaUser;
import id.kinerja.security.Role;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The API side of the SKP tasks: {@code /submit} and {@code /review} complete the same Tasklist task, so the same
 * task listeners (and through them the same {@link SkpService} methods) run whichever way a person acts.
 */
@Service
public class SkpWorkflow {

  private final SkpService skps;
  private final TaskService tasks;
  private final IdentityService identity;

  SkpWorkflow(SkpService skps, TaskService tasks, IdentityService identity) {
    this.skps = skps;
    this.tasks = tasks;
    this.identity = identity;
  }

  @Transactional
  public SkpView submit(long skpId, KinerjaUser user) {
    skps.lock(skpId); // first, before anything reads the SKP: a concurrent PUT waits, then finds it under review
    if (!skps.isOwner(skpId, user.username())) {
      throw ApiException.forbidden("skp.owner-only", skpId);
    }
    Task task = openTask(skpId, SkpVariables.TASK_DRAFT);
    if (task == null) {
      skps.requireEditableByOwner(skpId, user.username()); // explains why not: frozen, under review…
      throw ApiException.conflict("skp.no-open-task", skpId);
    }
    complete(task, user, Map.of());
    return skps.view(skpId);
  }

  @Transactional
  public SkpView review(long skpId, ReviewDecision decision, String notes, KinerjaUser user) {
    skps.lock(skpId); // two concurrent reviews: the second waits, then finds no open review task (409)
    Task task = openTask(skpId, SkpVariables.TASK_REVIEW);
    if (task == null) {
      SkpView skp = skps.view(skpId, user);
      throw ApiException.conflict("skp.not-submitted", skpId, skp.status());
    }
    boolean assigned = user.username().equals(task.getAssignee());
    boolean hrFallback = task.getAssignee() == null && user.has(Role.HR);
    if (!assigned && !hrFallback) {
      throw ApiException.forbidden("skp.review.not-reviewer", skpId);
    }
    SkpService.requireNotesWithinLimit(notes);
    Map<String, Object> variables = new HashMap<>();
    variables.put(SkpVariables.FORM_DECISION, decision == null ? null : decision.name());
    variables.put(SkpVariables.FORM_NOTES, notes);
    complete(task, user, variables);
    return skps.view(skpId);
  }

  private Task openTask(long skpId, String taskKey) {
    return tasks.createTaskQuery().processInstanceBusinessKey(SkpPlanning.businessKey(skpId))
        .taskDefinitionKey(taskKey).singleResult();
  }

  private void complete(Task task, KinerjaUser user, Map<String, Object> variables) {
    // with its groups, so that candidate-group tasks (HR when nobody is above) can be completed too
    identity.setAuthentication(user.username(), user.roles().stream().map(Role::groupId).toList());
    try {
      tasks.setVariablesLocal(task.getId(), variables);
      tasks.complete(task.getId());
    } catch (ProcessEngineException e) {
      throw TaskRefusedException.refusalIn(e).orElseThrow(() -> e);
    } finally {
      identity.clearAuthentication();
    }
  }
}

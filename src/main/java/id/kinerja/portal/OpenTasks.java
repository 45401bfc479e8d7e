package id.kinerja.portal;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** A person's open Tasklist tasks (assigned to them, or offered to them or their groups), with a link into Tasklist. */
@Component
class OpenTasks {

  static final int SHOWN = 20;

  private final TaskService tasks;
  private final RepositoryService repository;

  OpenTasks(TaskService tasks, RepositoryService repository) {
    this.tasks = tasks;
    this.repository = repository;
  }

  List<Line> of(String username) {
    List<Task> open = tasks.createTaskQuery()
        .or().taskAssignee(username).taskCandidateUser(username).endOr()
        .active().orderByTaskCreateTime().desc().listPage(0, SHOWN);
    if (open.isEmpty()) {
      return List.of();
    }
    Map<String, String> processNames = repository.createProcessDefinitionQuery()
        .processDefinitionIdIn(open.stream().map(Task::getProcessDefinitionId).distinct().toArray(String[]::new))
        .list().stream().collect(Collectors.toMap(ProcessDefinition::getId,
            d -> d.getName() == null ? d.getKey() : d.getName()));
    return open.stream().map(t -> new Line(t.getName(), processNames.get(t.getProcessDefinitionId()),
        instant(t.getCreateTime()), instant(t.getDueDate()), username.equals(t.getAssignee()),
        "/camunda/app/tasklist/default/#/?task=" + t.getId())).toList();
  }

  private static Instant instant(Date date) {
    return date == null ? null : date.toInstant();
  }

  /** @param mine assigned to the person (else offered to a group they belong to) */
  record Line(String name, String processName, Instant created, Instant due, boolean mine, String href) {
  }
}

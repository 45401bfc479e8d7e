package id.kinerja.organization;

import id.kinerja.security.Role;
import java.util.Collection;
import java.util.Objects;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Open tasks follow the people who now hold the roles: when an employee's supervisor or senior changes (an acting
 * head appointed or ended, later a correction or a move), the employee's open tasks that were the old supervisor's
 * (or senior's) go to the new one, who may then read the instance; with nobody in the role, to HR. The employee's
 * own tasks stay theirs. Runs in the transaction of the change.
 */
@Component
class ReportingLineTasks {

  private final TaskService tasks;
  private final AuthorizationService authorizations;

  ReportingLineTasks(TaskService tasks, AuthorizationService authorizations) {
    this.tasks = tasks;
    this.authorizations = authorizations;
  }

  /** @return how many tasks moved */
  int follow(Collection<Employee> employees, OrganizationChart before, OrganizationChart after) {
    int moved = 0;
    for (Employee employee : employees) {
      moved += follow(employee, OrganizationCharts.lineOf(before, employee),
          OrganizationCharts.lineOf(after, employee));
    }
    return moved;
  }

  /**
   * The employee's open tasks that were the old supervisor's (or senior's) go to the new one; for a move, whose
   * old line comes from the unit the employee left.
   *
   * @return how many tasks moved
   */
  int follow(Employee employee, ReportingLine old, ReportingLine now) {
    String oldSupervisor = username(old.supervisor());
    String newSupervisor = username(now.supervisor());
    String oldSenior = username(old.senior());
    String newSenior = username(now.senior());
    if (Objects.equals(oldSupervisor, newSupervisor) && Objects.equals(oldSenior, newSenior)) {
      return 0;
    }
    int moved = 0;
    for (Task task : tasks.createTaskQuery().processVariableValueEquals(ProcessInstanceAccess.EMPLOYEE_VARIABLE,
        employee.getUsername()).active().list()) {
      String assignee = task.getAssignee();
      if (assignee == null || assignee.equals(employee.getUsername())) {
        continue;
      }
      String next = assignee.equals(oldSupervisor) ? newSupervisor
          : assignee.equals(oldSenior) ? newSenior : assignee;
      if (next != null && next.equals(assignee)) {
        continue;
      }
      if (next == null || next.equals(employee.getUsername())) {
        tasks.setAssignee(task.getId(), null);
        tasks.addCandidateGroup(task.getId(), Role.HR.groupId());
      } else {
        tasks.setAssignee(task.getId(), next);
        ProcessInstanceAccess.grantReader(authorizations, next, task.getProcessInstanceId());
      }
      moved++;
    }
    return moved;
  }

  /**
   * An employee who left (pensiun, berhenti…) gets no tasks: the open tasks assigned to them go to HR's group.
   *
   * @return how many tasks moved
   */
  int handOverToHr(String username) {
    int moved = 0;
    for (Task task : tasks.createTaskQuery().taskAssignee(username).active().list()) {
      tasks.setAssignee(task.getId(), null);
      tasks.addCandidateGroup(task.getId(), Role.HR.groupId());
      moved++;
    }
    return moved;
  }

  private static String username(UnitHead head) {
    return head == null ? null : head.username();
  }
}

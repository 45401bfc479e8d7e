package id.kinerja.organization;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Who may see a process instance in Tasklist, Cockpit and {@code /engine-rest}: the employee it is about (process
 * variable {@code employee}) and that employee's supervisor and senior, read-only; HR sees all (group grant in
 * {@code security.EmbeddedIdentity}). Granted when the instance starts, inside the same transaction, for every Kinerja
 * process, whether started by a person, a timer or a call activity. Tasks are granted by the engine itself to
 * their assignee and candidates. It lives here because it is the organisation's rule (who leads whom); the security
 * module knows nothing of the organisation.
 */
@Component
class ProcessInstanceAccess extends AbstractProcessEnginePlugin {

  static final String EMPLOYEE_VARIABLE = "employee";

  /** The shared cached chart (decision 105): a reorganisation reaches the next grant at once. */
  private final OrganizationCharts charts;

  ProcessInstanceAccess(OrganizationCharts charts) {
    this.charts = charts;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
    ExecutionListener grantOnStart = this::grantReaders;
    listeners.add(new AbstractBpmnParseListener() {
      @Override
      public void parseProcess(Element process, ProcessDefinitionEntity definition) {
        definition.addListener(ExecutionListener.EVENTNAME_START, grantOnStart);
      }
    });
    configuration.setCustomPostBPMNParseListeners(listeners);
  }

  private void grantReaders(DelegateExecution execution) {
    if (!(execution.getVariable(EMPLOYEE_VARIABLE) instanceof String employee) || employee.isBlank()) {
      return;
    }
    Set<String> readers = new LinkedHashSet<>();
    readers.add(employee);
    readers.addAll(charts.supervisorsOf(employee, chart()));
    AuthorizationService authorizations = execution.getProcessEngineServices().getAuthorizationService();
    String instanceId = execution.getProcessInstanceId();
    // whoever started the instance (a supervisor completing a task, a timer) need not administer authorizations
    Context.getCommandContext().runWithoutAuthorization(() -> {
      for (String reader : readers) {
        grant(authorizations, reader, Resources.PROCESS_INSTANCE, instanceId, Permissions.READ);
        grant(authorizations, reader, Resources.HISTORIC_PROCESS_INSTANCE, instanceId,
            HistoricProcessInstancePermissions.READ);
      }
      return null;
    });
  }

  private OrganizationChart chart() {
    return charts.current();
  }

  /** The reading grants of one person on one instance (a new supervisor after a change of reporting line). */
  static void grantReader(AuthorizationService authorizations, String userId, String instanceId) {
    // one grant per user and instance (the engine's unique key): somebody who read it before keeps theirs
    if (authorizations.createAuthorizationQuery().userIdIn(userId).resourceType(Resources.PROCESS_INSTANCE)
        .resourceId(instanceId).count() == 0) {
      grant(authorizations, userId, Resources.PROCESS_INSTANCE, instanceId, Permissions.READ);
    }
    if (authorizations.createAuthorizationQuery().userIdIn(userId).resourceType(Resources.HISTORIC_PROCESS_INSTANCE)
        .resourceId(instanceId).count() == 0) {
      grant(authorizations, userId, Resources.HISTORIC_PROCESS_INSTANCE, instanceId,
          HistoricProcessInstancePermissions.READ);
    }
  }

  private static void grant(AuthorizationService authorizations, String userId, Resources resource,
      String instanceId, Permission permission) {
    Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    grant.setUserId(userId);
    grant.setResource(resource);
    grant.setResourceId(instanceId);
    grant.addPermission(permission);
    authorizations.saveAuthorization(grant);
  }
}

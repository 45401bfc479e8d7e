package id.kinerja.supervisorreport;

import id.kinerja.common.ApiException;
import id.kinerja.common.AuditTrail;
import id.kinerja.common.ValidationFailedException;
import id.kinerja.common.Violation;
import id.kinerja.organization.EmployeeDirectory;
import id.kinerja.organization.EmployeeView;
import id.kinerja.security.KinerjaUser;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Atasan saya keliru" (decision 96): the employee themself reports a wrong supervisor or senior with a message, which
 * starts {@code koreksi-atasan} — HR corrects the line or rejects with a reason, the employee is notified either way.
 * One open report per employee; audited. The employee's own reports are listed from the engine's history.
 */
@Service
public class SupervisorReports {

  static final int MESSAGE_MAX = 2000;

  private final EmployeeDirectory directory;
  private final RuntimeService runtime;
  private final HistoryService history;
  private final AuditTrail audit;

  SupervisorReports(EmployeeDirectory directory, RuntimeService runtime, HistoryService history, AuditTrail audit) {
    this.directory = directory;
    this.runtime = runtime;
    this.history = history;
    this.audit = audit;
  }

  public record Report(String message) {
  }

  /** A report as its author sees it: OPEN until HR decides, then KOREKSI or TOLAK with HR's reason. */
  public record ReportView(String id, String nip, Instant reportedAt, String message, String state, String reason) {
  }

  @Transactional
  public ReportView report(String nip, Report request, KinerjaUser user) {
    EmployeeView employee = directory.byNip(user, nip);
    if (!user.username().equals(employee.username())) {
      throw ApiException.forbidden("supervisor-report.not-self", nip);
    }
    String message = request.message() == null ? "" : request.message().trim();
    if (message.isEmpty() || message.length() > MESSAGE_MAX) {
      throw new ValidationFailedException("supervisor-report.invalid",
          List.of(Violation.of("message", "supervisor-report.message-required", MESSAGE_MAX)));
    }
    if (runtime.createProcessInstanceQuery().processDefinitionKey(KoreksiAtasanVariables.PROCESS_KEY)
        .processInstanceBusinessKey(businessKey(employee.nip())).active().count() > 0) {
      throw new ApiException(HttpStatus.CONFLICT, "supervisor-report.open", employee.nip());
    }
    Map<String, Object> variables = new HashMap<>();
    variables.put(KoreksiAtasanVariables.REPORTER, employee.username());
    variables.put(KoreksiAtasanVariables.NIP, employee.nip());
    variables.put(KoreksiAtasanVariables.MESSAGE, message);
    String id = runtime.startProcessInstanceByKey(KoreksiAtasanVariables.PROCESS_KEY, businessKey(employee.nip()),
        variables).getId();
    audit.record(user.username(), "REPORTING_LINE_REPORTED", "employee", employee.nip(), "supervisor "
        + employee.supervisorNip() + ", senior " + employee.seniorNip() + ": " + message);
    return new ReportView(id, employee.nip(), Instant.now(), message, "OPEN", null);
  }

  /** The user's own reports, newest first. */
  @Transactional(readOnly = true)
  public List<ReportView> mine(KinerjaUser user) {
    List<HistoricProcessInstance> instances = history.createHistoricProcessInstanceQuery()
        .processDefinitionKey(KoreksiAtasanVariables.PROCESS_KEY)
        .variableValueEquals(KoreksiAtasanVariables.REPORTER, user.username())
        .orderByProcessInstanceStartTime().desc().listPage(0, 50);
    if (instances.isEmpty()) {
      return List.of();
    }
    Map<String, Map<String, Object>> values = new HashMap<>();
    for (HistoricVariableInstance v : history.createHistoricVariableInstanceQuery()
        .processInstanceIdIn(instances.stream().map(HistoricProcessInstance::getId).toArray(String[]::new))
        .variableNameIn(KoreksiAtasanVariables.NIP, KoreksiAtasanVariables.MESSAGE, KoreksiAtasanVariables.DECISION,
            KoreksiAtasanVariables.REASON)
        .list()) {
      values.computeIfAbsent(v.getProcessInstanceId(), k -> new HashMap<>()).put(v.getName(), v.getValue());
    }
    return instances.stream().map(i -> {
      Map<String, Object> vars = values.getOrDefault(i.getId(), Map.of());
      boolean ended = i.getEndTime() != null;
      Object decision = vars.get(KoreksiAtasanVariables.DECISION);
      return new ReportView(i.getId(), (String) vars.get(KoreksiAtasanVariables.NIP),
          i.getStartTime().toInstant(), (String) vars.get(KoreksiAtasanVariables.MESSAGE),
          ended && decision != null ? decision.toString() : "OPEN",
          ended ? (String) vars.get(KoreksiAtasanVariables.REASON) : null);
    }).toList();
  }

  static String businessKey(String nip) {
    return "koreksi-atasan-" + nip;
  }
}

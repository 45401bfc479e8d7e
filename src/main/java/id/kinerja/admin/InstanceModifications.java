package id.kinerja.admin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kinerja.common.ApiException;
import id.kinerja.common.AuditTrail;
import id.kinerja.common.ValidationFailedException;
import id.kinerja.common.Violation;
import id.kinerja.security.KinerjaUser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Instance modification (decision 93): HR moves a running instance's token from one activity to another with the
 * engine's modification API (community edition has the API, not the Cockpit screen) — the activity's instances are
 * cancelled and the target activity is started, in one transaction; a reason is required and the move goes to the
 * audit log. Only top-level flow nodes of the instance's own version are targets (no start events, no activities
 * inside a sub-process, whose scope would have to be chosen).
 */
@Service
public class InstanceModifications {

  public static final String AUDIT_ACTION = "PROCESS_INSTANCE_MODIFIED";
  public static final String AUDIT_SUBJECT = "PROCESS_INSTANCE";
  static final int MAX_REASON = 500;

  /** Where the instance waits, and where HR may move it. */
  public record Activity(String id, String name, String type) {
  }

  public record InstanceView(String id, String businessKey, String processKey, int version, String definitionId,
      List<Activity> active, List<Activity> targets) {
  }

  public record Moved(String id, String fromActivityId, String toActivityId, List<Activity> active) {
  }

  private final RuntimeService runtime;
  private final RepositoryService repository;
  private final AuditTrail audit;
  private final ObjectMapper json;

  InstanceModifications(RuntimeService runtime, RepositoryService repository, AuditTrail audit, ObjectMapper json) {
    this.runtime = runtime;
    this.repository = repository;
    this.audit = audit;
    this.json = json;
  }

  /** The running instances of one process version (at most {@link ProcessMigrations#MAX_LISTED}), as views. */
  @Transactional(readOnly = true)
  public List<InstanceView> running(String processKey, int version, KinerjaUser user) {
    DeploymentGate.requireDeployer(user);
    var definition = repository.createProcessDefinitionQuery().processDefinitionKey(processKey)
        .processDefinitionVersion(version).withoutTenantId().singleResult();
    if (definition == null) {
      throw ApiException.notFound("admin.version-unknown", processKey, version);
    }
    return runtime.createProcessInstanceQuery().processDefinitionId(definition.getId()).orderByProcessInstanceId()
        .asc().listPage(0, ProcessMigrations.MAX_LISTED).stream().map(this::view).toList();
  }

  @Transactional(readOnly = true)
  public InstanceView instance(String id, KinerjaUser user) {
    DeploymentGate.requireDeployer(user);
    return view(find(id));
  }

  @Transactional
  public Moved move(String id, String from, String to, String reason, KinerjaUser user) {
    DeploymentGate.requireDeployer(user);
    ProcessInstance instance = find(id);
    InstanceView before = view(instance);
    List<Violation> violations = new ArrayList<>();
    if (reason == null || reason.isBlank()) {
      violations.add(Violation.of("reason", "modification.reason-required"));
    } else if (reason.length() > MAX_REASON) {
      violations.add(Violation.of("reason", "modification.reason-too-long", MAX_REASON));
    }
    if (from == null || from.isBlank()) {
      violations.add(Violation.of("fromActivityId", "modification.from-required"));
    } else if (before.active().stream().noneMatch(a -> a.id().equals(from))) {
      violations.add(Violation.of("fromActivityId", "modification.from-not-active", from));
    }
    if (to == null || to.isBlank()) {
      violations.add(Violation.of("toActivityId", "modification.to-required"));
    } else if (before.targets().stream().noneMatch(a -> a.id().equals(to))) {
      violations.add(Violation.of("toActivityId", "modification.to-unknown", to));
    } else if (to.equals(from)) {
      violations.add(Violation.of("toActivityId", "modification.same-activity", to));
    }
    if (!violations.isEmpty()) {
      throw new ValidationFailedException("modification.invalid", violations);
    }
    try {
      runtime.createProcessInstanceModification(id)
          .cancelAllForActivity(from)
          .startBeforeActivity(to)
          .setAnnotation(reason.strip())
          .execute();
    } catch (ProcessEngineException e) {
      throw new ValidationFailedException("modification.invalid",
          List.of(Violation.of("toActivityId", "modification.engine-refused", e.getMessage())));
    }
    audit.record(user.username(), AUDIT_ACTION, AUDIT_SUBJECT, id, details(before, from, to, reason.strip()));
    ProcessInstance after = runtime.createProcessInstanceQuery().processInstanceId(id).singleResult();
    return new Moved(id, from, to, after == null ? List.of() : view(after).active());
  }

  private ProcessInstance find(String id) {
    ProcessInstance instance = id == null ? null
        : runtime.createProcessInstanceQuery().processInstanceId(id).singleResult();
    if (instance == null) {
      throw ApiException.notFound("modification.instance-unknown", id);
    }
    return instance;
  }

  private InstanceView view(ProcessInstance instance) {
    var definition = repository.getProcessDefinition(instance.getProcessDefinitionId());
    var model = repository.getBpmnModelInstance(definition.getId());
    Map<String, Activity> targets = new LinkedHashMap<>();
    for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
      boolean topLevel = !(node.getParentElement() instanceof SubProcess);
      if (topLevel && !(node instanceof StartEvent)) {
        targets.put(node.getId(), new Activity(node.getId(), node.getName(), node.getElementType().getTypeName()));
      }
    }
    Map<String, Activity> active = new LinkedHashMap<>();
    ActivityInstance tree = runtime.getActivityInstance(instance.getId());
    collect(tree, active);
    return new InstanceView(instance.getId(), instance.getBusinessKey(), definition.getKey(), definition.getVersion(),
        definition.getId(), List.copyOf(active.values()), List.copyOf(targets.values()));
  }

  private static void collect(ActivityInstance node, Map<String, Activity> into) {
    if (node == null) {
      return;
    }
    for (ActivityInstance child : node.getChildActivityInstances()) {
      if (child.getChildActivityInstances().length == 0) {
        into.putIfAbsent(child.getActivityId(), new Activity(child.getActivityId(), child.getActivityName(),
            child.getActivityType()));
      }
      collect(child, into);
    }
  }

  private String details(InstanceView before, String from, String to, String reason) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("reason", reason);
    details.put("processKey", before.processKey());
    details.put("version", before.version());
    details.put("businessKey", before.businessKey());
    details.put("from", from);
    details.put("to", to);
    try {
      return json.writeValueAsString(details);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}

package id.kinerja.admin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kinerja.common.ApiException;
import id.kinerja.common.AuditTrail;
import id.kinerja.common.ModelContract;
import id.kinerja.common.ValidationFailedException;
import id.kinerja.common.Violation;
import id.kinerja.engine.ModelCatalog;
import id.kinerja.security.KinerjaUser;
import id.kinerja.security.Role;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.ResourceReport;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way a person deploys models (decision 70): the desktop Modeler and REST clients through
 * {@code POST /engine-rest/deployment/create} ({@link EngineRestDeploymentGate}), the administration API and roll-back
 * through this service. Only HR and camunda-admin; a reason (or the deployment name) is required; {@link ModelRules}
 * and then the engine's parser check the models; reason and diff against the previous versions go to the audit log
 * in the deployment's transaction. Refusals list every violation: 400 for the request, 422 for the models.
 */
@Service
public class DeploymentGate {

  public static final String AUDIT_ACTION = "MODEL_DEPLOYED";
  public static final String AUDIT_SUBJECT = "DEPLOYMENT";
  static final int MAX_REASON = 1000;
  static final int MAX_AUDIT_DETAILS = 4000;

  /** What to deploy and why; the optional fields are Camunda's deployment/create fields. */
  public record Command(String name, String source, String reason, boolean duplicateFiltering, boolean changedOnly,
      String tenantId, Date activationTime, List<ModelResource> resources) {
  }

  /** The deployment (the earlier one when duplicate filtering found nothing new) and what changed. */
  public record Result(DeploymentWithDefinitions deployment, boolean created, String reason,
      List<ModelDiff.Summary> changes) {
  }

  private final RepositoryService repository;
  private final ModelCatalog catalog;
  private final Map<String, ModelContract> contracts;
  private final AuditTrail audit;
  private final ObjectMapper json;
  private final ModelRules rules;

  DeploymentGate(RepositoryService repository, ModelCatalog catalog, List<ModelContract> contracts, AuditTrail audit,
      ObjectMapper json) {
    this.repository = repository;
    this.catalog = catalog;
    this.contracts = contracts.stream().collect(Collectors.toUnmodifiableMap(ModelContract::key,
        Function.identity()));
    this.audit = audit;
    this.json = json;
    this.rules = new ModelRules(json);
  }

  Map<String, ModelContract> contracts() {
    return contracts;
  }

  ModelRules.Environment environment() {
    return new ModelRules.Environment() {
      @Override
      public boolean isModelBean(String name) {
        return catalog.isModelBean(name);
      }

      @Override
      public boolean formDeployed(String key) {
        return catalog.latestForm(key).isPresent();
      }
    };
  }

  /** Only HR and camunda-admin deploy; 403 for everyone else. */
  public static void requireDeployer(KinerjaUser user) {
    if (user == null || !(user.has(Role.HR) || user.has(Role.ADMIN))) {
      throw ApiException.forbidden("deployment.not-allowed");
    }
  }

  /** The reason: the reason field, else the deployment name (the desktop Modeler sends only that). */
  static String reasonOf(String reason, String name) {
    if (reason != null && !reason.isBlank()) {
      return reason.strip();
    }
    return name == null || name.isBlank() ? null : name.strip();
  }

  @Transactional
  public Result deploy(Command command, KinerjaUser user) {
    requireDeployer(user);
    List<Violation> request = new ArrayList<>();
    String reason = reasonOf(command.reason(), command.name());
    if (reason == null) {
      request.add(Violation.of("deployment-reason", "deployment.reason-required"));
    } else if (reason.length() > MAX_REASON) {
      request.add(Violation.of("deployment-reason", "deployment.reason-too-long", MAX_REASON));
    }
    if (command.resources().isEmpty()) {
      request.add(Violation.of("data", "deployment.no-resources"));
    }
    if (!request.isEmpty()) {
      throw new ValidationFailedException("deployment.invalid", request);
    }
    ModelRules.Outcome outcome = rules.check(command.resources(), contracts, environment());
    if (!outcome.violations().isEmpty()) {
      throw refused(outcome.violations());
    }
    List<ModelDiff.Summary> changes = changes(outcome.models());
    long before = repository.createDeploymentQuery().count();
    DeploymentWithDefinitions deployment;
    try {
      deployment = builder(command).deployWithResult();
    } catch (ParseException e) {
      throw refused(parseViolations(e));
    } catch (ProcessEngineException e) {
      throw refused(List.of(Violation.of("data", "model.engine-refused", e.getMessage())));
    }
    boolean created = repository.createDeploymentQuery().count() > before;
    if (created) {
      audit.record(user.username(), AUDIT_ACTION, AUDIT_SUBJECT, deployment.getId(),
          details(command, reason, deployment, changes));
    }
    return new Result(deployment, created, reason, changes);
  }

  private DeploymentBuilder builder(Command command) {
    DeploymentBuilder builder = repository.createDeployment()
        .name(command.name() == null || command.name().isBlank() ? "kinerja-admin" : command.name())
        .source(command.source() == null || command.source().isBlank() ? "kinerja-admin" : command.source())
        .enableDuplicateFiltering(command.duplicateFiltering() || command.changedOnly());
    if (command.changedOnly()) {
      builder.enableDuplicateFiltering(true);
    }
    if (command.tenantId() != null && !command.tenantId().isBlank()) {
      builder.tenantId(command.tenantId());
    }
    if (command.activationTime() != null) {
      builder.activateProcessDefinitionsOn(command.activationTime());
    }
    command.resources().forEach(r -> builder.addInputStream(r.name(), new ByteArrayInputStream(r.bytes())));
    return builder;
  }

  static ValidationFailedException refused(List<Violation> violations) {
    return new ValidationFailedException(HttpStatus.UNPROCESSABLE_ENTITY, "deployment.refused", violations,
        violations.size());
  }

  private static List<Violation> parseViolations(ParseException e) {
    List<Violation> violations = new ArrayList<>();
    for (ResourceReport report : e.getResorceReports()) {
      for (Problem problem : report.getErrors()) {
        String element = problem.getMainElementId() == null ? "" : problem.getMainElementId();
        violations.add(Violation.of(report.getResourceName() + (element.isEmpty() ? "" : "#" + element),
            "model.engine-parse", report.getResourceName(), problem.getLine(), element, problem.getMessage()));
      }
    }
    if (violations.isEmpty()) {
      violations.add(Violation.of("data", "model.engine-refused", e.getMessage()));
    }
    return violations;
  }

  /** Each new model against the latest deployed version of its key. */
  private List<ModelDiff.Summary> changes(List<ModelRules.Checked> models) {
    List<ModelDiff.Summary> changes = new ArrayList<>();
    for (ModelRules.Checked model : models) {
      String key = model.keys().isEmpty() ? null : model.keys().get(0);
      if (key == null) {
        continue;
      }
      Optional<Previous> previous = previous(model.type(), key);
      Map<String, Map<String, String>> after = elementsOf(model.type(), model.resource().bytes());
      Map<String, Map<String, String>> before = previous.map(p -> elementsOf(model.type(), p.bytes()))
          .orElse(Map.of());
      changes.add(ModelDiff.of(model.resource().name(), key, previous.map(Previous::version).orElse(null), before,
          after));
    }
    return changes;
  }

  record Previous(int version, byte[] bytes) {
  }

  Optional<Previous> previous(ModelResource.Type type, String key) {
    switch (type) {
      case BPMN -> {
        ProcessDefinition latest = repository.createProcessDefinitionQuery().processDefinitionKey(key)
            .latestVersion().withoutTenantId().singleResult();
        return Optional.ofNullable(latest).map(d -> new Previous(d.getVersion(),
            catalog.resource(d.getDeploymentId(), d.getResourceName())));
      }
      case DMN -> {
        DecisionDefinition latest = repository.createDecisionDefinitionQuery().decisionDefinitionKey(key)
            .latestVersion().withoutTenantId().singleResult();
        return Optional.ofNullable(latest).map(d -> new Previous(d.getVersion(),
            catalog.resource(d.getDeploymentId(), d.getResourceName())));
      }
      case FORM -> {
        return catalog.latestForm(key).map(f -> new Previous(f.version(),
            catalog.resource(f.deploymentId(), f.resourceName())));
      }
      default -> throw new IllegalStateException();
    }
  }

  /** The elements of a model file for {@link ModelDiff}; an unreadable earlier version counts as empty. */
  Map<String, Map<String, String>> elementsOf(ModelResource.Type type, byte[] bytes) {
    try {
      if (type == ModelResource.Type.FORM) {
        return ModelDiff.formElements(json.readTree(bytes));
      }
      return ModelDiff.elements(ModelXml.parse(bytes).getDocumentElement());
    } catch (ModelXml.Unreadable | java.io.IOException e) {
      return Map.of();
    }
  }

  private String details(Command command, String reason, DeploymentWithDefinitions deployment,
      List<ModelDiff.Summary> changes) {
    for (int limit : new int[] {50, 10, 3, 0}) {
      Map<String, Object> details = new LinkedHashMap<>();
      details.put("reason", reason);
      details.put("name", deployment.getName());
      details.put("source", deployment.getSource());
      details.put("resources", command.resources().stream().map(ModelResource::name).toList());
      details.put("changes", changes.stream().map(c -> summary(c, limit)).toList());
      try {
        String text = json.writeValueAsString(details);
        if (text.length() <= MAX_AUDIT_DETAILS) {
          return text;
        }
      } catch (JsonProcessingException e) {
        throw new IllegalStateException(e);
      }
    }
    return reason.length() > MAX_AUDIT_DETAILS ? reason.substring(0, MAX_AUDIT_DETAILS) : reason;
  }

  private static Map<String, Object> summary(ModelDiff.Summary change, int limit) {
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("resource", change.resource());
    summary.put("key", change.key());
    summary.put("previousVersion", change.previousVersion());
    summary.put("added", first(change.added(), limit));
    summary.put("removed", first(change.removed(), limit));
    summary.put("changed", first(change.changed().stream().map(ModelDiff.ChangedElement::id).toList(), limit));
    return summary;
  }

  private static List<String> first(List<String> ids, int limit) {
    if (ids.size() <= limit) {
      return ids;
    }
    List<String> shown = new ArrayList<>(ids.subList(0, limit));
    shown.add("… +" + (ids.size() - limit));
    return shown;
  }
}

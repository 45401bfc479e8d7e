package id.kinerja.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kinerja.common.ApiException;
import id.kinerja.common.AuditEntry;
import id.kinerja.common.AuditTrail;
import id.kinerja.engine.ModelCatalog;
import id.kinerja.security.KinerjaUser;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.Deployment;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every process, decision and form definition with its versions: when and from which deployment, who deployed it
 * and why (the gate's audit entry; none for the models Kinerja ships, which the application deploys itself),
 * running instances per process version; two versions compared with {@link ModelDiff}; roll-back deploys an
 * earlier version's file again, through the {@link DeploymentGate}, as a new version with a reason.
 */
@Service
public class ProcessVersions {

  public enum Type { PROCESS, DECISION, FORM }

  public record Version(String id, int version, String deploymentId, String resourceName, Instant deployedAt,
      String deployedBy, String reason, Long runningInstances) {
  }

  public record Definition(Type type, String key, String name, List<Version> versions) {
  }

  private final RepositoryService repository;
  private final RuntimeService runtime;
  private final ModelCatalog catalog;
  private final AuditTrail audit;
  private final DeploymentGate gate;
  private final ObjectMapper json;

  ProcessVersions(RepositoryService repository, RuntimeService runtime, ModelCatalog catalog, AuditTrail audit,
      DeploymentGate gate, ObjectMapper json) {
    this.repository = repository;
    this.runtime = runtime;
    this.catalog = catalog;
    this.audit = audit;
    this.gate = gate;
    this.json = json;
  }

  public static Type type(String text) {
    try {
      return Type.valueOf(text.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ApiException.notFound("admin.type-unknown", text);
    }
  }

  @Transactional(readOnly = true)
  public List<Definition> all(KinerjaUser user) {
    DeploymentGate.requireDeployer(user);
    Map<String, Deployment> deployments = new TreeMap<>();
    repository.createDeploymentQuery().list().forEach(d -> deployments.put(d.getId(), d));
    Map<String, Definition> definitions = new TreeMap<>();
    repository.createProcessDefinitionQuery().list().forEach(d -> add(definitions, Type.PROCESS, d.getKey(),
        d.getName(), new Version(d.getId(), d.getVersion(), d.getDeploymentId(), d.getResourceName(), null, null,
            null, runtime.createProcessInstanceQuery().processDefinitionId(d.getId()).count()), deployments));
    repository.createDecisionDefinitionQuery().list().forEach(d -> add(definitions, Type.DECISION, d.getKey(),
        d.getName(), new Version(d.getId(), d.getVersion(), d.getDeploymentId(), d.getResourceName(), null, null,
            null, null), deployments));
    for (Deployment deployment : deployments.values()) {
      catalog.formsOfDeployment(deployment.getId()).forEach(f -> add(definitions, Type.FORM, f.key(), f.key(),
          new Version(f.id(), f.version(), f.deploymentId(), f.resourceName(), null, null, null, null),
          deployments));
    }
    List<Definition> result = new ArrayList<>(definitions.values());
    result.replaceAll(d -> new Definition(d.type(), d.key(), d.name(), d.versions().stream()
        .sorted(Comparator.comparingInt(Version::version).reversed()).toList()));
    return result;
  }

  private void add(Map<String, Definition> definitions, Type type, String key, String name, Version bare,
      Map<String, Deployment> deployments) {
    Deployment deployment = deployments.get(bare.deploymentId());
    String by = null;
    String reason = null;
    for (AuditEntry entry : audit.of(DeploymentGate.AUDIT_SUBJECT, bare.deploymentId())) {
      by = entry.getActor();
      reason = reasonOf(entry.getDetails());
    }
    Version version = new Version(bare.id(), bare.version(), bare.deploymentId(), bare.resourceName(),
        deployment == null || deployment.getDeploymentTime() == null ? null
            : deployment.getDeploymentTime().toInstant(), by, reason, bare.runningInstances());
    definitions.computeIfAbsent(type + ":" + key, k -> new Definition(type, key, name, new ArrayList<>()))
        .versions().add(version);
  }

  private String reasonOf(String details) {
    try {
      JsonNode node = json.readTree(details);
      return node.path("reason").asText(null);
    } catch (IOException e) {
      return details;
    }
  }

  /** The file of one version. */
  @Transactional(readOnly = true)
  public ModelResource file(Type type, String key, int version) {
    String deploymentId;
    String resourceName;
    switch (type) {
      case PROCESS -> {
        var d = repository.createProcessDefinitionQuery().processDefinitionKey(key).processDefinitionVersion(version)
            .withoutTenantId().singleResult();
        if (d == null) {
          throw ApiException.notFound("admin.version-unknown", key, version);
        }
        deploymentId = d.getDeploymentId();
        resourceName = d.getResourceName();
      }
      case DECISION -> {
        var d = repository.createDecisionDefinitionQuery().decisionDefinitionKey(key)
            .decisionDefinitionVersion(version).withoutTenantId().singleResult();
        if (d == null) {
          throw ApiException.notFound("admin.version-unknown", key, version);
        }
        deploymentId = d.getDeploymentId();
        resourceName = d.getResourceName();
      }
      default -> {
        ModelCatalog.DeployedForm form = repository.createDeploymentQuery().list().stream()
            .flatMap(d -> catalog.formsOfDeployment(d.getId()).stream())
            .filter(f -> f.key().equals(key) && f.version() == version).findFirst()
            .orElseThrow(() -> ApiException.notFound("admin.version-unknown", key, version));
        deploymentId = form.deploymentId();
        resourceName = form.resourceName();
      }
    }
    return new ModelResource(resourceName, catalog.resource(deploymentId, resourceName));
  }

  @Transactional(readOnly = true)
  public ModelDiff.Summary compare(Type type, String key, int from, int to, KinerjaUser user) {
    DeploymentGate.requireDeployer(user);
    ModelResource before = file(type, key, from);
    ModelResource after = file(type, key, to);
    ModelResource.Type fileType = after.type();
    return ModelDiff.of(after.name(), key, from, gate.elementsOf(fileType, before.bytes()),
        gate.elementsOf(fileType, after.bytes()));
  }

  /** Deploys version {@code version} again as the newest, through the gate (its rules apply as today). */
  @Transactional
  public DeploymentGate.Result rollBack(Type type, String key, int version, String reason, KinerjaUser user) {
    DeploymentGate.requireDeployer(user);
    if (reason == null || reason.isBlank()) {
      throw new id.kinerja.common.ValidationFailedException("deployment.invalid",
          List.of(id.kinerja.common.Violation.of("reason", "deployment.reason-required")));
    }
    ModelResource earlier = file(type, key, version);
    String why = "Rollback " + key + " ke versi " + version + ": " + reason.strip();
    return gate.deploy(new DeploymentGate.Command("rollback-" + key + "-v" + version, "kinerja-admin", why, false,
        false, null, null, List.of(earlier)), user);
  }
}

package id.kinerja.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.CamundaFormDefinitionEntity;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * What the deployment gate and the process administration ask the engine beyond its public services: whether a
 * model expression may name a bean (the same rule the engine applies, {@link ModelExpressionBeans}), which Camunda
 * Form definitions are deployed (the engine has no public query for them), and the models Kinerja ships.
 */
@Component
public class ModelCatalog {

  /** A deployed Camunda Form: its key, version, deployment and resource. */
  public record DeployedForm(String id, String key, int version, String deploymentId, String resourceName) {
  }

  private final ProcessEngine engine;
  private final ModelExpressionBeans beans;
  private final ModelDeployment shipped;

  ModelCatalog(@Lazy ProcessEngine engine, ModelExpressionBeans beans, ModelDeployment shipped) {
    this.engine = engine;
    this.beans = beans;
    this.shipped = shipped;
  }

  public boolean isModelBean(String name) {
    return beans.isModelBean(name);
  }

  public Optional<DeployedForm> latestForm(String key) {
    return Optional.ofNullable(command(context -> context.getCamundaFormDefinitionManager()
        .findLatestDefinitionByKey(key))).map(ModelCatalog::form);
  }

  public List<DeployedForm> formsOfDeployment(String deploymentId) {
    List<CamundaFormDefinitionEntity> found = command(context -> context.getCamundaFormDefinitionManager()
        .findDefinitionsByDeploymentId(deploymentId));
    return found == null ? List.of() : found.stream().map(ModelCatalog::form).toList();
  }

  /** The bytes of a deployed resource. */
  public byte[] resource(String deploymentId, String resourceName) {
    try (InputStream in = engine.getRepositoryService().getResourceAsStream(deploymentId, resourceName)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A process's latest deployed version: its name and BPMN, for a diagram drawn in the browser. */
  public record ProcessModel(String key, String name, int version, byte[] bpmn) {
  }

  public Optional<ProcessModel> latestProcessModel(String key) {
    if (key == null || key.isBlank() || key.length() > 255) {
      return Optional.empty();
    }
    var definition = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(key)
        .latestVersion().singleResult();
    if (definition == null) {
      return Optional.empty();
    }
    try (InputStream in = engine.getRepositoryService().getProcessModel(definition.getId())) {
      return Optional.of(new ProcessModel(definition.getKey(), definition.getName(), definition.getVersion(),
          in.readAllBytes()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every process key with its latest version's name (the key when it has none). */
  public Map<String, String> latestProcessNames() {
    Map<String, String> names = new java.util.TreeMap<>();
    engine.getRepositoryService().createProcessDefinitionQuery().latestVersion().list()
        .forEach(d -> names.put(d.getKey(), d.getName() == null ? d.getKey() : d.getName()));
    return names;
  }

  /** The models under {@code processes/} by resource name. */
  public Map<String, byte[]> shippedModels() {
    return shipped.models();
  }

  private <T> T command(org.camunda.bpm.engine.impl.interceptor.Command<T> command) {
    return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
        .execute(command);
  }

  private static DeployedForm form(CamundaFormDefinitionEntity entity) {
    return new DeployedForm(entity.getId(), entity.getKey(), entity.getVersion(), entity.getDeploymentId(),
        entity.getResourceName());
  }
}

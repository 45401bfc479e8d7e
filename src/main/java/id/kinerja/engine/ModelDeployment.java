package id.kinerja.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys Kinerja's models (every BPMN, DMN and Camunda Form under {@code classpath:processes/}) when the engine has
 * been built, before the web server accepts requests, and only what changed since the last deployment of the same
 * name (decision 2): a restart deploys nothing, and a version HR deployed later stays the latest.
 *
 * <p>The models are read through Spring's resource resolver, which understands every way the application is
 * shipped: the Spring Boot fat jar ({@code jar:nested:…/!BOOT-INF/classes/!/processes/}), an extracted layout, or
 * {@code target/classes}. Camunda's process-archive scanner only understands plain files and {@code jar:file:} URLs
 * and found nothing in the fat jar (decision 17).</p>
 */
@Component
class ModelDeployment extends AbstractProcessEnginePlugin {

  /** Name and source of the deployments round one made through the process archive "kinerja": kept, so an upgraded
   * database compares against them and does not redeploy unchanged models. */
  static final String DEPLOYMENT_NAME = "kinerja";
  static final String DEPLOYMENT_SOURCE = "process application";
  static final String ROOT = "processes/";
  static final List<String> SUFFIXES = List.of("bpmn", "dmn", "form");

  private static final Logger log = LoggerFactory.getLogger(ModelDeployment.class);

  private final ResourcePatternResolver resolver;
  private volatile int modelsInPlace = -1;

  ModelDeployment() {
    this(new PathMatchingResourcePatternResolver(ModelDeployment.class.getClassLoader()));
  }

  ModelDeployment(ResourcePatternResolver resolver) {
    this.resolver = resolver;
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    deploy(engine.getRepositoryService());
  }

  /** How many model files are deployed (unchanged or new) since start-up; -1 before the deployment ran. */
  int modelsInPlace() {
    return modelsInPlace;
  }

  /** Deploys what changed; returns the new deployment, or null when every model was deployed already. */
  Deployment deploy(RepositoryService repository) {
    Map<String, byte[]> models = models();
    if (models.isEmpty()) {
      throw new IllegalStateException("No models found under classpath:" + ROOT + " - the build is broken");
    }
    DeploymentBuilder builder = repository.createDeployment()
        .name(DEPLOYMENT_NAME)
        .source(DEPLOYMENT_SOURCE)
        .enableDuplicateFiltering(true);
    models.forEach((name, bytes) -> builder.addInputStream(name, new java.io.ByteArrayInputStream(bytes)));
    long before = repository.createDeploymentQuery().deploymentName(DEPLOYMENT_NAME).count();
    DeploymentWithDefinitions deployment = builder.deployWithResult();
    boolean created = repository.createDeploymentQuery().deploymentName(DEPLOYMENT_NAME).count() > before;
    modelsInPlace = models.size();
    if (!created) {
      log.info("Models unchanged: {} files under classpath:{} are deployed already", models.size(), ROOT);
      return null;
    }
    List<String> changed = repository.getDeploymentResourceNames(deployment.getId());
    log.info("Deployed {} of {} models (changed or new): {}", changed.size(), models.size(), changed);
    return deployment;
  }

  /** The model files by resource name, the path below {@code processes/} ("skp-planning.bpmn"). */
  Map<String, byte[]> models() {
    Map<String, byte[]> models = new TreeMap<>();
    for (String suffix : SUFFIXES) {
      for (Resource resource : resources("classpath*:" + ROOT + "**/*." + suffix)) {
        String name = nameOf(url(resource));
        try (InputStream in = resource.getInputStream()) {
          models.putIfAbsent(name, in.readAllBytes());
        } catch (IOException e) {
          throw new UncheckedIOException("Cannot read model " + name, e);
        }
      }
    }
    return models;
  }

  private List<Resource> resources(String pattern) {
    try {
      List<Resource> found = new ArrayList<>(List.of(resolver.getResources(pattern)));
      found.sort(Comparator.comparing(ModelDeployment::url));
      return found;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list " + pattern, e);
    }
  }

  /** "jar:nested:/app/kinerja.jar/!BOOT-INF/classes/!/processes/skp-planning.bpmn" → "skp-planning.bpmn". */
  static String nameOf(String url) {
    int root = url.lastIndexOf("/" + ROOT);
    if (root < 0) {
      throw new IllegalStateException("Model outside " + ROOT + ": " + url);
    }
    return url.substring(root + ROOT.length() + 1);
  }

  private static String url(Resource resource) {
    try {
      return resource.getURL().toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

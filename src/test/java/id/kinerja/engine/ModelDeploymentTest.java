package id.kinerja.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kinerja.support.ProcessTestEngine;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;

class ModelDeploymentTest {

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessTestEngine.extension();


  @AfterEach
  void undeploy() {
    RepositoryService repository = engine.getRepositoryService();
    repository.createDeploymentQuery().list().forEach(d -> repository.deleteDeployment(d.getId(), true));
  }

  @Test
  void deploysEveryModelOnceAndOnARestartNothing() {
    RepositoryService repository = engine.getRepositoryService();
    ModelDeployment deployment = new ModelDeployment();

    Deployment first = deployment.deploy(repository);

    assertThat(first).isNotNull();
    assertThat(repository.getDeploymentResourceNames(first.getId()))
        .containsAll(deployment.models().keySet())
        .contains("skp-planning.bpmn", "predikat-kinerja.dmn", "skp-susun.form");
    assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("skp-planning").count()).isOne();
    assertThat(deployment.modelsInPlace()).isEqualTo(deployment.models().size());

    assertThat(new ModelDeployment().deploy(repository)).as("restart with the same models").isNull();
    assertThat(repository.createDeploymentQuery().count()).isOne();
  }

  @Test
  void deploysOnlyWhatChangedAndLeavesALaterHrDeploymentTheLatest() throws IOException {
    RepositoryService repository = engine.getRepositoryService();
    new ModelDeployment().deploy(repository);
    byte[] bpmn = new PathMatchingResourcePatternResolver().getResource("classpath:processes/skp-planning.bpmn")
        .getContentAsByteArray();
    repository.createDeployment().name("skp-planning (HR)").source("Camunda Modeler")
        .addInputStream("skp-planning.bpmn", new java.io.ByteArrayInputStream(bpmn)).deploy();

    Deployment again = new ModelDeployment(withChanged("sesi-pembinaan.form",
        "{\"id\":\"sesi-pembinaan\",\"type\":\"default\",\"schemaVersion\":16,\"components\":[]}"))
        .deploy(repository);

    assertThat(repository.getDeploymentResourceNames(again.getId())).containsExactly("sesi-pembinaan.form");
    assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("skp-planning").latestVersion()
        .singleResult().getDeploymentId()).as("HR's version stays the latest")
        .isNotEqualTo(again.getId())
        .isEqualTo(repository.createDeploymentQuery().deploymentName("skp-planning (HR)").singleResult().getId());
  }

  @Test
  void namesModelsBelowProcessesWhateverThePackaging() {
    assertThat(ModelDeployment.nameOf("jar:nested:/app/kinerja.jar/!BOOT-INF/classes/!/processes/skp.bpmn"))
        .isEqualTo("skp.bpmn");
    assertThat(ModelDeployment.nameOf("jar:file:/app/kinerja.jar!/processes/sub/x.form")).isEqualTo("sub/x.form");
    assertThat(ModelDeployment.nameOf("file:/work/target/classes/processes/a.dmn")).isEqualTo("a.dmn");
    assertThatThrownBy(() -> ModelDeployment.nameOf("file:/work/elsewhere/a.dmn"))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void refusesToStartWithoutModels() {
    ResourcePatternResolver nothing = new PathMatchingResourcePatternResolver() {
      @Override
      public Resource[] getResources(String pattern) {
        return new Resource[0];
      }
    };
    assertThatThrownBy(() -> new ModelDeployment(nothing).deploy(engine.getRepositoryService()))
        .hasMessageContaining("No models found");
  }

  /** The real models, with one of them changed. */
  private static ResourcePatternResolver withChanged(String name, String content) {
    return new PathMatchingResourcePatternResolver() {
      @Override
      public Resource[] getResources(String pattern) throws IOException {
        return Arrays.stream(super.getResources(pattern)).map(r -> r.getFilename().equals(name)
            ? named("file:/changed/processes/" + name, content.getBytes(StandardCharsets.UTF_8)) : r)
            .toArray(Resource[]::new);
      }
    };
  }

  private static Resource named(String url, byte[] content) {
    return new ByteArrayResource(content) {
      @Override
      public URL getURL() throws IOException {
        return new URL(url);
      }
    };
  }
}

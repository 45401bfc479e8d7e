package id.kinerja.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kinerja.support.PostgresIntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Expressions in models reach process variables and the models' own beans, nothing else of the application. */
class ModelExpressionIT extends PostgresIntegrationTest {

  private static final Pattern IDENTIFIER = Pattern.compile("[$#]\\{[\\s!(]*([A-Za-z_][A-Za-z0-9_]*)");

  /** {@code camunda:delegateExpression} of tasks and events, {@code delegateExpression} of task/execution listeners. */
  private static final Pattern DELEGATE = Pattern.compile("delegateExpression=\"([^\"]*)\"");

  private static final Pattern BEAN_NAME = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)}");

  @Autowired
  ModelExpressionBeans expressionBeans;

  @Autowired
  ApplicationContext context;

  @Autowired
  RepositoryService repository;

  @Autowired
  RuntimeService runtime;

  private Deployment deployment;

  @AfterEach
  void undeploy() {
    if (deployment != null) {
      repository.deleteDeployment(deployment.getId(), true);
    }
  }

  @Test
  void everyBeanOurModelsNameIsAllowedAndNothingElseOfTheContext() throws IOException {
    Set<String> named = new TreeSet<>();
    try (Stream<Path> files = Files.list(Path.of("processes"))) {
      for (Path file : files.filter(f -> f.toString().matches(".*\\.(bpmn|dmn)")).toList()) {
        Matcher m = IDENTIFIER.matcher(Files.readString(file));
        while (m.find()) {
          if (context.containsBean(m.group(1))) {
            named.add(m.group(1));
          }
        }
      }
    }
    Set<String> allowed = expressionBeans.allowedNames();

    assertThat(named).contains("evaluationScoring", "skpDraftForm", "peerFeedback");
    assertThat(allowed).containsAll(named)
        .doesNotContain("environment", "dataSource", "skps", "skpService", "employees", "repositoryService",
            "transactionManager", "entityManagerFactory", "modelExpressionBeans", "evaluationSteps", "coachingSteps");
  }

  @Test
  void everyDelegateOurModelsNameIsABeanTheModelsMayUse() throws IOException {
    Set<String> delegates = new TreeSet<>();
    try (Stream<Path> files = Files.list(Path.of("processes"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).toList()) {
        Matcher m = DELEGATE.matcher(Files.readString(file));
        while (m.find()) {
          Matcher name = BEAN_NAME.matcher(m.group(1));
          assertThat(name.matches()).as(file + ": delegate expression " + m.group(1) + " names one bean").isTrue();
          delegates.add(name.group(1));
        }
      }
    }

    assertThat(delegates).as("the models' delegates were found").contains("skpDraftForm", "evaluationScoring",
        "openCycle", "coachingForms");
    assertThat(delegates).allSatisfy(name -> {
      assertThat(context.containsBean(name)).as(name + " is a bean of the context").isTrue();
      assertThat(expressionBeans.allowedNames()).as(name + " is a bean the models may use").contains(name);
    });
  }

  @Test
  void aModelNamingTheEnvironmentOrARepositoryDoesNotResolveIt() {
    deployment = repository.createDeployment().name("expression probe")
        .addModelInstance("probe.bpmn", probe("${environment.getProperty('spring.datasource.url')}")).deploy();
    assertThatThrownBy(() -> runtime.startProcessInstanceByKey("probe"))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("Cannot resolve identifier 'environment'");

    repository.deleteDeployment(deployment.getId(), true);
    deployment = repository.createDeployment().name("expression probe")
        .addModelInstance("probe.bpmn", probe("${skps.findAll()}")).deploy();
    assertThatThrownBy(() -> runtime.startProcessInstanceByKey("probe"))
        .hasMessageContaining("Cannot resolve identifier 'skps'");
  }

  @Test
  void theModelsOwnBeansAndVariablesStillResolve() {
    deployment = repository.createDeployment().name("expression probe")
        .addModelInstance("probe.bpmn", probe("${evaluationScoring != null && angka == 2}")).deploy();
    String id = runtime.startProcessInstanceByKey("probe", java.util.Map.of("angka", 2)).getId();
    assertThat(engineHistory(id)).isEqualTo(Boolean.TRUE);
  }

  @Autowired
  org.camunda.bpm.engine.HistoryService history;

  private Object engineHistory(String instanceId) {
    return history.createHistoricVariableInstanceQuery().processInstanceId(instanceId).variableName("hasil")
        .singleResult().getValue();
  }

  private static BpmnModelInstance probe(String expression) {
    return Bpmn.createExecutableProcess("probe").camundaHistoryTimeToLive(1)
        .startEvent()
        .serviceTask("hitung").camundaExpression(expression).camundaResultVariable("hasil")
        .endEvent().done();
  }
}

package id.kinerja.processes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.junit.jupiter.api.Test;

/** House rules for everything in processes/ (see processes/README.md). */
class ProcessModelsTest {

  private static final Path PROCESSES = Path.of("processes");

  @Test
  void everyProcessIsNamedAfterItsFileAndKeepsHistoryForAFixedTime() throws IOException {
    List<Path> files = files(".bpmn");
    assertThat(files).isNotEmpty();
    for (Path file : files) {
      BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
      Process process = model.getModelElementsByType(Process.class).stream()
          .filter(Process::isExecutable).findFirst().orElseThrow();
      assertThat(process.getId()).as(file.toString()).isEqualTo(baseName(file));
      assertThat(process.getCamundaHistoryTimeToLiveString()).as(file + " historyTimeToLive").isNotBlank();
      assertThat(process.getName()).as(file + " has an Indonesian name").isNotBlank();
    }
  }

  @Test
  void everyDecisionKeepsHistoryForAFixedTime() throws IOException {
    for (Path file : files(".dmn")) {
      DmnModelInstance model = Dmn.readModelFromFile(file.toFile());
      for (Decision decision : model.getModelElementsByType(Decision.class)) {
        assertThat(decision.getCamundaHistoryTimeToLiveString()).as(file + " " + decision.getId()).isNotBlank();
      }
    }
  }

  @Test
  void everyFormReferenceNamesADeployedFormAndBindsToTheLatestVersion() throws IOException {
    ObjectMapper json = new ObjectMapper();
    Set<String> formIds = files(".form").stream().map(f -> {
      try {
        String id = json.readTree(f.toFile()).get("id").asText();
        assertThat(id).as(f.toString()).isEqualTo(baseName(f));
        return id;
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }).collect(Collectors.toSet());
    for (Path file : files(".bpmn")) {
      BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
      for (UserTask task : model.getModelElementsByType(UserTask.class)) {
        assertThat(task.getCamundaFormRef()).as(file + " " + task.getId()).isIn(formIds);
        assertThat(task.getCamundaFormRefBinding()).as(file + " " + task.getId()).isEqualTo("latest");
        assertThat(task.getName()).as(file + " " + task.getId() + " label").isNotBlank();
      }
      for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
        if (start.getCamundaFormRef() != null) {
          assertThat(start.getCamundaFormRef()).isIn(formIds);
          assertThat(start.getCamundaFormRefBinding()).isEqualTo("latest");
        }
      }
    }
  }

  private static List<Path> files(String suffix) throws IOException {
    try (Stream<Path> files = Files.list(PROCESSES)) {
      return files.filter(f -> f.toString().endsWith(suffix)).sorted().toList();
    }
  }

  private static String baseName(Path file) {
    String name = file.getFileName().toString();
    return name.substring(0, name.lastIndexOf('.'));
  }
}

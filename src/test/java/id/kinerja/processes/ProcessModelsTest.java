package id.kinerja.processes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ScriptTask;
import org.camunda.bpm.model.bpmn.instance.SendTask;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.junit.jupiter.api.Test;

/** House rules for everything in processes/ (see processes/README.md). */
class ProcessModelsTest {

  private static final Path PROCESSES = Path.of("processes");

  /** The lane of the steps the application performs (delegates), as opposed to people's lanes. */
  static final String SYSTEM_LANE = "Sistem";

  /** Service, business-rule, script and send tasks: work the application does, not a person. */
  private static final List<Class<? extends FlowNode>> SYSTEM_STEPS =
      List.of(ServiceTask.class, BusinessRuleTask.class, ScriptTask.class, SendTask.class);

  @Test
  void systemStepsSitInTheSistemLaneAndPeoplesTasksInPeoplesLanes() throws IOException {
    for (Path file : files(".bpmn")) {
      BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
      assertThat(systemStepsOutsideTheSistemLane(model)).as(file + ": system steps outside the \"Sistem\" lane")
          .isEmpty();
      assertThat(userTasksInTheSistemLaneOrInNoLane(model))
          .as(file + ": user tasks must sit in a person's lane, never in \"Sistem\"").isEmpty();
    }
  }

  @Test
  void everyStepIsDrawnInsideItsLane() throws IOException {
    for (Path file : files(".bpmn")) {
      BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
      for (Lane lane : model.getModelElementsByType(Lane.class)) {
        Bounds area = bounds(model, lane.getId());
        for (FlowNode node : lane.getFlowNodeRefs()) {
          Bounds shape = bounds(model, node.getId());
          double x = shape.getX() + shape.getWidth() / 2;
          double y = shape.getY() + shape.getHeight() / 2;
          assertThat(x >= area.getX() && x <= area.getX() + area.getWidth()
              && y >= area.getY() && y <= area.getY() + area.getHeight())
              .as(file + ": " + node.getId() + " is drawn outside lane " + lane.getName()).isTrue();
        }
      }
    }
  }

  @Test
  void theLaneRulesCatchASystemStepInAPersonsLaneAndAUserTaskInTheSistemLane() {
    BpmnModelInstance wrong = Bpmn.createExecutableProcess("salah").camundaHistoryTimeToLive(1)
        .startEvent("mulai").serviceTask("hitung").camundaDelegateExpression("${x}")
        .userTask("nilai").endEvent("selesai").done();
    Process process = wrong.getModelElementById("salah");
    var laneSet = wrong.newInstance(org.camunda.bpm.model.bpmn.instance.LaneSet.class);
    process.getLaneSets().add(laneSet);
    Lane person = wrong.newInstance(Lane.class);
    person.setName("Pegawai");
    Lane system = wrong.newInstance(Lane.class);
    system.setName(SYSTEM_LANE);
    laneSet.getLanes().add(person);
    laneSet.getLanes().add(system);
    person.getFlowNodeRefs().add(wrong.getModelElementById("hitung"));
    system.getFlowNodeRefs().add(wrong.getModelElementById("nilai"));

    assertThat(systemStepsOutsideTheSistemLane(wrong)).containsExactly("hitung");
    assertThat(userTasksInTheSistemLaneOrInNoLane(wrong)).containsExactly("nilai");
  }

  static List<String> systemStepsOutsideTheSistemLane(BpmnModelInstance model) {
    Map<String, String> lanes = laneOf(model);
    List<String> wrong = new ArrayList<>();
    for (Class<? extends FlowNode> type : SYSTEM_STEPS) {
      for (FlowNode step : model.getModelElementsByType(type)) {
        if (!SYSTEM_LANE.equals(lane(lanes, step))) {
          wrong.add(step.getId());
        }
      }
    }
    return wrong;
  }

  static List<String> userTasksInTheSistemLaneOrInNoLane(BpmnModelInstance model) {
    Map<String, String> lanes = laneOf(model);
    List<String> wrong = new ArrayList<>();
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      String lane = lane(lanes, task);
      if (lane == null || SYSTEM_LANE.equals(lane)) {
        wrong.add(task.getId());
      }
    }
    return wrong;
  }

  /** Lane name per flow node id, as the lanes' flowNodeRefs say. */
  private static Map<String, String> laneOf(BpmnModelInstance model) {
    Map<String, String> lanes = new HashMap<>();
    for (Lane lane : model.getModelElementsByType(Lane.class)) {
      for (FlowNode node : lane.getFlowNodeRefs()) {
        lanes.put(node.getId(), lane.getName());
      }
    }
    return lanes;
  }

  /** A node's lane, or (inside an embedded sub-process the lanes do not list) the lane of its sub-process. */
  private static String lane(Map<String, String> lanes, FlowNode node) {
    org.camunda.bpm.model.xml.instance.ModelElementInstance current = node;
    while (current instanceof FlowNode flowNode) {
      String lane = lanes.get(flowNode.getId());
      if (lane != null) {
        return lane;
      }
      current = flowNode.getParentElement() instanceof SubProcess sub ? sub : null;
    }
    return null;
  }

  private static Bounds bounds(BpmnModelInstance model, String elementId) {
    return model.getModelElementsByType(BpmnShape.class).stream()
        .filter(s -> s.getBpmnElement() != null && s.getBpmnElement().getId().equals(elementId))
        .findFirst().orElseThrow(() -> new AssertionError("no shape for " + elementId)).getBounds();
  }

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

package id.kinerja.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.kinerja.common.ModelContract;
import id.kinerja.common.Violation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ModelRulesTest {

  static final Set<String> BEANS = Set.of("checkInForms", "coachingForms", "coachingOutcome", "coachingReevaluation",
      "coachingSetup", "complaintResponse", "evaluationFinalisation", "evaluationForms", "evaluationPublication",
      "evaluationScoring", "nextCheckIn", "openCycle", "organisationCurveCheck", "organisationForms", "rewardForms",
      "skpDraftForm", "skpEscalation", "skpReminder", "skpReviewForm", "peerFeedback");

  static final Map<String, ModelContract> CONTRACTS = Map.of(
      "skp-planning", ModelContract.process("skp-planning", "SusunSkp", "TinjauSkp", "TindakLanjutKeterlambatan")
          .assignedBy("skpReviewForm", "skpEscalation"),
      "rating-hasil-kerja", ModelContract.decision("rating-hasil-kerja",
          Set.of("capaianTertimbang", "capaianUtama", "capaianIndikator"),
          Set.of("ratingHasilKerja")));

  static final ModelRules.Environment ENVIRONMENT = new ModelRules.Environment() {
    @Override
    public boolean isModelBean(String name) {
      return BEANS.contains(name);
    }

    @Override
    public boolean formDeployed(String key) {
      return key.equals("skp-susun") || key.equals("skp-tinjau") || key.equals("skp-eskalasi");
    }
  };

  private final ModelRules rules = new ModelRules(new ObjectMapper());

  static String shipped(String name) throws IOException {
    return Files.readString(Path.of("processes", name), StandardCharsets.UTF_8);
  }

  private List<Violation> check(String name, String content) {
    return rules.check(List.of(new ModelResource(name, content.getBytes(StandardCharsets.UTF_8))), CONTRACTS,
        ENVIRONMENT).violations();
  }

  private static List<String> keys(List<Violation> violations) {
    return violations.stream().map(v -> v.messageKey() + " " + v.field()).toList();
  }

  @Test
  void theShippedPlanningModelAndRatingDecisionPass() throws IOException {
    assertThat(check("skp-planning.bpmn", shipped("skp-planning.bpmn"))).isEmpty();
    assertThat(check("rating-hasil-kerja.dmn", shipped("rating-hasil-kerja.dmn"))).isEmpty();
  }

  @Test
  void everyShippedFormIsReadableWithAnIdAndSchema16OrLower() throws IOException {
    List<ModelResource> forms = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("processes"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".form")).toList()) {
        forms.add(new ModelResource(file.getFileName().toString(), Files.readAllBytes(file)));
      }
    }
    ModelRules.Outcome outcome = rules.check(forms, CONTRACTS, ENVIRONMENT);
    assertThat(outcome.violations()).isEmpty();
    assertThat(outcome.models()).allSatisfy(m -> assertThat(m.keys()).hasSize(1));
  }

  @Test
  void aUserTaskWithoutAssigneeIsRefusedNamingIt() throws IOException {
    String model = shipped("skp-planning.bpmn").replace("camunda:assignee=\"${employee}\"", "");
    assertThat(keys(check("skp-planning.bpmn", model))).containsExactly("model.task-unassigned skp-planning.bpmn#SusunSkp");
    Violation violation = check("skp-planning.bpmn", model).get(0);
    assertThat(violation.args()).containsExactly("Susun SKP", "SusunSkp");
  }

  @Test
  void aUserTaskAssignedByAKinerjaCreateListenerCountsAsAssigned() throws IOException {
    // "Tinjau SKP" has no assignee attribute: skpReviewForm assigns the reviewer when the task is created
    assertThat(shipped("skp-planning.bpmn")).contains("<bpmn:userTask id=\"TinjauSkp\" name=\"Tinjau SKP\"\n");
    String model = shipped("skp-planning.bpmn").replace("${skpReviewForm}", "${nobodyKnowsThis}");
    assertThat(keys(check("skp-planning.bpmn", model))).contains("model.task-unassigned skp-planning.bpmn#TinjauSkp",
        "model.bean-unknown skp-planning.bpmn#TinjauSkp");
  }

  @Test
  void unknownDelegatesExpressionRootsAndJavaClassesAreRefused() throws IOException {
    String model = shipped("skp-planning.bpmn").replaceFirst("\\$\\{skpReminder}", "\\${dataSource}");
    assertThat(keys(check("skp-planning.bpmn", model))).hasSize(1).allMatch(k -> k.startsWith("model.bean-unknown"));
    assertThat(ModelRules.unknownBeans("${environment.getProperty('x')}", false, ENVIRONMENT))
        .containsExactly("environment");
    assertThat(ModelRules.unknownBeans("${peerFeedback.peersOf(evaluationId)}", false, ENVIRONMENT)).isEmpty();
    assertThat(ModelRules.unknownBeans("${execution.setVariable('a.b', x)}", false, ENVIRONMENT)).isEmpty();
    assertThat(ModelRules.unknownBeans("${skpReminder}", true, ENVIRONMENT)).isEmpty();
    String withClass = shipped("skp-planning.bpmn").replaceFirst("camunda:delegateExpression=\"\\$\\{skpReminder}\"",
        "camunda:class=\"java.lang.Runtime\"");
    assertThat(keys(check("skp-planning.bpmn", withClass))).hasSize(1).allMatch(k -> k.startsWith("model.class-refused"));
  }

  @Test
  void missingFormMissingTtlChangedKeyAndRemovedContractTaskAreAllListed() throws IOException {
    String model = shipped("skp-planning.bpmn")
        .replace("camunda:formRef=\"skp-susun\"", "camunda:formRef=\"tidak-ada\"")
        .replaceFirst("camunda:historyTimeToLive=\"[^\"]*\"", "");
    assertThat(keys(check("skp-planning.bpmn", model))).containsExactlyInAnyOrder(
        "model.form-unknown skp-planning.bpmn#SusunSkp", "model.history-ttl skp-planning.bpmn#skp-planning");
    String renamed = shipped("skp-planning.bpmn").replace("id=\"skp-planning\"", "id=\"skp-planning-baru\"");
    assertThat(keys(check("skp-planning.bpmn", renamed))).contains(
        "model.process-unknown skp-planning.bpmn#skp-planning-baru");
    String removed = shipped("skp-planning.bpmn").replace("\"TindakLanjutKeterlambatan\"", "\"TindakLanjutLain\"");
    assertThat(keys(check("skp-planning.bpmn", removed))).contains(
        "model.contract-element skp-planning.bpmn#TindakLanjutKeterlambatan");
  }

  @Test
  void aDecisionMustKeepTheInputsAndOutputsTheCodeUses() throws IOException {
    String model = shipped("rating-hasil-kerja.dmn").replace("name=\"ratingHasilKerja\"", "name=\"rating\"")
        .replace("count(capaianIndikator[item &gt; 100]) / count(capaianIndikator)", "0");
    assertThat(keys(check("rating-hasil-kerja.dmn", model))).containsExactlyInAnyOrder(
        "model.contract-output rating-hasil-kerja.dmn#rating-hasil-kerja",
        "model.contract-input rating-hasil-kerja.dmn#rating-hasil-kerja");
  }

  @Test
  void brokenXmlDoctypesAndNewerFormSchemasAreRefusedWithWhere() {
    List<Violation> broken = check("skp-planning.bpmn", "<definitions>\n<process id=\"x\">\n</definitions>");
    assertThat(keys(broken)).containsExactly("model.unreadable skp-planning.bpmn");
    assertThat(broken.get(0).args()[1]).isEqualTo(3);
    assertThat(keys(check("x.bpmn", "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>")))
        .containsExactly("model.unreadable x.bpmn");
    assertThat(keys(check("f.form", "{\"id\":\"f\",\"schemaVersion\":19,\"components\":[]}")))
        .containsExactly("model.form-schema f.form");
    assertThat(keys(check("notes.txt", "hello"))).containsExactly("model.resource-type notes.txt");
  }

  @Test
  void theDiffNamesAddedRemovedAndChangedElementsAndLeavesTheDiagramOut() throws Exception {
    String before = shipped("skp-planning.bpmn");
    String after = before.replace("name=\"Susun SKP\"", "name=\"Susun SKP tahunan\"")
        .replace("<bpmndi:BPMNShape id=\"SusunSkp_di\"", "<bpmndi:BPMNShape id=\"SusunSkp_di2\"");
    ModelDiff.Summary diff = ModelDiff.of("skp-planning.bpmn", "skp-planning", 1,
        ModelDiff.elements(ModelXml.parse(before.getBytes(StandardCharsets.UTF_8)).getDocumentElement()),
        ModelDiff.elements(ModelXml.parse(after.getBytes(StandardCharsets.UTF_8)).getDocumentElement()));
    assertThat(diff.added()).isEmpty();
    assertThat(diff.removed()).isEmpty();
    assertThat(diff.changed()).singleElement().satisfies(c -> {
      assertThat(c.id()).isEqualTo("SusunSkp");
      assertThat(c.properties()).containsExactly(new ModelDiff.PropertyChange("name", "Susun SKP",
          "Susun SKP tahunan"));
    });
  }
}

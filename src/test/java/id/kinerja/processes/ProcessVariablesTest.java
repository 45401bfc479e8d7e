package id.kinerja.processes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kinerja.coaching.CoachingVariables;
import id.kinerja.cycle.CycleVariables;
import id.kinerja.evaluation.OrganisationVariables;
import id.kinerja.planning.SkpVariables;
import id.kinerja.progress.CheckInVariables;
import id.kinerja.reward.RewardVariables;
import id.kinerja.survey.ComplaintVariables;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Each process has one variable contract, a {@code *Variables} class (decision 110): every variable its model's
 * expressions, call-activity mappings, input parameters and initiator name, every top-level field of its forms and every user task
 * is a constant there, and the Java code of its module names variables only through those constants.
 * {@code evaluasi-kinerja}'s contract is {@code evaluation.EvaluationVariables}.
 */
class ProcessVariablesTest {

  private static final Path PROCESSES = Path.of("processes");

  static final Map<String, Class<?>> CONTRACTS = Map.of(
      "pembukaan-periode", CycleVariables.class,
      "skp-planning", SkpVariables.class,
      "dialog-kinerja", CheckInVariables.class,
      "pembinaan-kinerja", CoachingVariables.class,
      "penghargaan", RewardVariables.class,
      "predikat-organisasi", OrganisationVariables.class,
      "tindak-lanjut-pengaduan", ComplaintVariables.class,
      "evaluasi-kinerja", id.kinerja.evaluation.EvaluationVariables.class,
      "koreksi-atasan", id.kinerja.supervisorreport.KoreksiAtasanVariables.class);

  /** The Java packages whose process glue reads and writes variables. */
  static final List<String> GLUE = List.of("cycle", "planning", "progress", "coaching", "reward", "survey",
      "evaluation", "supervisorreport");

  private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{([^}]*)}");
  private static final Pattern DELEGATE = Pattern.compile("delegateExpression=\"\\$\\{([A-Za-z_][A-Za-z0-9_]*)}\"");
  private static final Pattern STRING_LITERAL = Pattern.compile("'[^']*'|\"[^\"]*\"");
  private static final Pattern IDENTIFIER = Pattern.compile("(?<![.\\w])([A-Za-z_][A-Za-z0-9_]*)(?![\\w(])");
  private static final Pattern IN_SOURCE = Pattern.compile("<camunda:in\\b[^>]*?\\bsource=\"([^\"]+)\"");
  private static final Pattern OUT_TARGET = Pattern.compile("<camunda:out\\b[^>]*?\\btarget=\"([^\"]+)\"");
  private static final Pattern INITIATOR = Pattern.compile("camunda:initiator=\"([^\"]+)\"");
  private static final Pattern INPUT_PARAMETER = Pattern.compile("<camunda:inputParameter name=\"([^\"]+)\"");
  private static final Pattern FORM_REF = Pattern.compile("camunda:formRef=\"([^\"]+)\"");
  private static final Pattern USER_TASK = Pattern.compile("<bpmn:userTask id=\"([^\"]+)\"");
  private static final Set<String> KEYWORDS = Set.of("true", "false", "null", "empty", "not", "and", "or", "eq",
      "ne", "lt", "gt", "le", "ge", "div", "mod", "instanceof", "execution", "task");

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void everyNameAModelAndItsFormsShareWithJavaIsAConstantOfItsContract() throws IOException {
    Set<String> beans = new LinkedHashSet<>();
    try (Stream<Path> files = Files.list(PROCESSES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).toList()) {
        DELEGATE.matcher(Files.readString(file)).results().forEach(m -> beans.add(m.group(1)));
      }
    }
    for (Map.Entry<String, Class<?>> contract : CONTRACTS.entrySet()) {
      String model = Files.readString(PROCESSES.resolve(contract.getKey() + ".bpmn"));
      assertThat(unknownNames(model, beans, constants(contract.getValue()), ProcessVariablesTest::form))
          .as(contract.getKey() + ".bpmn and its forms: names missing from " + contract.getValue().getSimpleName())
          .isEmpty();
    }
  }

  @Test
  void theCheckCatchesAVariableAFieldAndATaskTheContractDoesNotName() {
    String model = """
        <bpmn:userTask id="Nilai" camunda:formRef="nilai" camunda:assignee="${employee}" />
        <bpmn:serviceTask id="Ingatkan"><camunda:inputParameter name="penerima">PEGAWAI</camunda:inputParameter>
        <bpmn:callActivity id="Panggil"><bpmn:extensionElements>
          <camunda:in source="skpId" target="idLain" /><camunda:out source="hasilLain" target="hasil" />
        </bpmn:extensionElements></bpmn:callActivity>
        <bpmn:serviceTask id="Hitung" camunda:delegateExpression="${hitung}" />
        <bpmn:conditionExpression>${lengkap &amp;&amp; !dalamKurva &amp;&amp; tipe == 'A'.concat(x)}</bpmn:conditionExpression>
        """;
    String form = """
        {"components": [{"key": "catatan"}, {"type": "group", "components": [{"key": "alasan"}]},
          {"type": "dynamiclist", "path": "baris", "components": [{"key": "isiBaris"}]}]}
        """;
    Set<String> unknown = unknownNames(model, Set.of("hitung"), Set.of("employee", "skpId", "lengkap", "catatan"),
        ref -> read(form));
    assertThat(unknown).containsExactlyInAnyOrder("Nilai", "penerima", "hasil", "dalamKurva", "tipe", "x", "alasan", "baris");
  }

  @Test
  void theGlueNamesVariablesOnlyThroughItsContract() throws IOException {
    Pattern literal = Pattern.compile("(?:get|set|remove)Variable(?:Local)?(?:Typed)?\\(\\s*\"([^\"]*)\"");
    List<String> found = new ArrayList<>();
    for (String module : GLUE) {
      try (Stream<Path> files = Files.walk(Path.of("src/main/java/id/kinerja", module))) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
          Matcher m = literal.matcher(Files.readString(file));
          while (m.find()) {
            found.add(file + ": \"" + m.group(1) + "\"");
          }
        }
      }
    }
    assertThat(found).as("variable names written as literals instead of the process's *Variables constants")
        .isEmpty();
  }

  /** The names in a model (and its forms) that are neither a bean nor a constant of the contract. */
  static Set<String> unknownNames(String model, Set<String> beans, Set<String> contract,
      Function<String, JsonNode> forms) {
    Set<String> names = new LinkedHashSet<>();
    String xml = model.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"");
    Matcher expression = EXPRESSION.matcher(xml);
    while (expression.find()) {
      Matcher identifier = IDENTIFIER.matcher(STRING_LITERAL.matcher(expression.group(1)).replaceAll(" "));
      while (identifier.find()) {
        names.add(identifier.group(1));
      }
    }
    // this process's side of a call activity's mappings: what it passes in, what it receives out; the initiator
    IN_SOURCE.matcher(model).results().forEach(m -> names.add(m.group(1)));
    OUT_TARGET.matcher(model).results().forEach(m -> names.add(m.group(1)));
    INITIATOR.matcher(model).results().forEach(m -> names.add(m.group(1)));
    INPUT_PARAMETER.matcher(model).results().forEach(m -> names.add(m.group(1)));
    USER_TASK.matcher(model).results().forEach(m -> names.add(m.group(1)));
    FORM_REF.matcher(model).results().forEach(m -> fields(forms.apply(m.group(1)), names));
    names.removeIf(n -> KEYWORDS.contains(n) || beans.contains(n) || contract.contains(n));
    return names;
  }

  /** Top-level keys, dynamic-list paths and select option keys; a list's rows are that list's own document. */
  private static void fields(JsonNode container, Set<String> names) {
    for (JsonNode component : container.path("components")) {
      for (String attribute : List.of("key", "path", "valuesKey")) {
        if (component.hasNonNull(attribute)) {
          names.add(component.get(attribute).asText());
        }
      }
      if (!"dynamiclist".equals(component.path("type").asText())) {
        fields(component, names);
      }
    }
  }

  private static JsonNode form(String id) {
    try {
      return JSON.readTree(PROCESSES.resolve(id + ".form").toFile());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode read(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static Set<String> constants(Class<?> contract) {
    Set<String> values = new LinkedHashSet<>();
    for (Field field : contract.getDeclaredFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
        try {
          values.add((String) field.get(null));
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    // a BerAKHLAK value's form field (perilaku_AKUNTABEL, ...) is named by planning.CoreValue.field()
    for (id.kinerja.planning.CoreValue value : id.kinerja.planning.CoreValue.values()) {
      values.add(value.field());
    }
    return values;
  }
}

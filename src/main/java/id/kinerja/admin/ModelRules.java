package id.kinerja.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kinerja.common.ModelContract;
import id.kinerja.common.Violation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Kinerja's rules for a deployment, before the engine parses it (decision 70): well-formed files of a known kind;
 * per executable process and decision a known key (a {@link ModelContract}) that still has the elements, messages,
 * inputs and outputs the contract names, and a historyTimeToLive; every user task assigned (assignee, candidate
 * users or groups, or a create listener the contract names as assigning it) with a {@code camunda:formRef} to a form of the
 * deployment or one deployed; every delegate expression and expression naming only beans the models may use, no
 * {@code camunda:class}; forms with an id and a schema Tasklist 7.24 renders. Every broken rule is reported.
 */
final class ModelRules {

  static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
  static final String CAMUNDA_BPMN = "http://camunda.org/schema/1.0/bpmn";
  static final String CAMUNDA_DMN = "http://camunda.org/schema/1.0/dmn";
  /** The newest form schema the form-js bundled with Tasklist 7.24 renders. */
  static final int MAX_FORM_SCHEMA = 16;
  /** Names an expression may start with besides beans: the engine's own objects. */
  static final Set<String> ENGINE_NAMES = Set.of("execution", "task", "authenticatedUserId", "variableScope",
      "dateTime", "now");

  private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{(.*?)}", Pattern.DOTALL);
  private static final Pattern ONLY_NAME = Pattern.compile("\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*");
  private static final Pattern QUOTED = Pattern.compile("'(?:[^'\\\\]|\\\\.)*'|\"(?:[^\"\\\\]|\\\\.)*\"");
  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final Pattern ROOT = Pattern.compile("(?<![A-Za-z0-9_.])([A-Za-z_][A-Za-z0-9_]*)\\s*\\.");

  /** What the rules ask the running application. */
  interface Environment {
    boolean isModelBean(String name);

    boolean formDeployed(String key);
  }

  /** One checked file: its type and the keys it defines (process ids, decision ids, the form id). */
  record Checked(ModelResource resource, ModelResource.Type type, List<String> keys, Document xml, JsonNode form) {
  }

  record Outcome(List<Violation> violations, List<Checked> models) {
  }

  private final ObjectMapper json;

  ModelRules(ObjectMapper json) {
    this.json = json;
  }

  Outcome check(List<ModelResource> resources, Map<String, ModelContract> contracts, Environment environment) {
    List<Violation> violations = new ArrayList<>();
    List<Checked> models = new ArrayList<>();
    for (ModelResource resource : resources) {
      Checked checked = read(resource, violations);
      if (checked != null) {
        models.add(checked);
      }
    }
    Set<String> formsHere = new HashSet<>();
    models.stream().filter(m -> m.type() == ModelResource.Type.FORM).forEach(m -> formsHere.addAll(m.keys()));
    for (Checked model : models) {
      switch (model.type()) {
        case BPMN -> checkBpmn(model, contracts, environment, formsHere, violations);
        case DMN -> checkDmn(model, contracts, violations);
        case FORM -> checkForm(model, violations);
        default -> throw new IllegalStateException();
      }
    }
    return new Outcome(violations, models);
  }

  private Checked read(ModelResource resource, List<Violation> violations) {
    ModelResource.Type type = resource.type();
    if (type == null) {
      violations.add(Violation.of(resource.name(), "model.resource-type", resource.name()));
      return null;
    }
    if (type == ModelResource.Type.FORM) {
      try {
        JsonNode form = json.readTree(resource.bytes());
        if (form == null || !form.isObject()) {
          throw new IOException("not a JSON object");
        }
        String id = form.path("id").asText("");
        return new Checked(resource, type, id.isBlank() ? List.of() : List.of(id), null, form);
      } catch (IOException e) {
        violations.add(Violation.of(resource.name(), "model.form-unreadable", resource.name(), e.getMessage()));
        return null;
      }
    }
    try {
      Document xml = ModelXml.parse(resource.bytes());
      List<String> keys = new ArrayList<>();
      String definition = type == ModelResource.Type.BPMN ? "process" : "decision";
      for (Element element : elements(xml.getDocumentElement(), definition)) {
        if (type == ModelResource.Type.DMN || !"false".equals(element.getAttribute("isExecutable"))) {
          keys.add(element.getAttribute("id"));
        }
      }
      return new Checked(resource, type, keys, xml, null);
    } catch (ModelXml.Unreadable e) {
      violations.add(Violation.of(resource.name(), "model.unreadable", resource.name(), e.line, e.column,
          e.getMessage()));
      return null;
    }
  }

  private void checkBpmn(Checked model, Map<String, ModelContract> contracts, Environment environment,
      Set<String> formsHere, List<Violation> violations) {
    String file = model.resource().name();
    Element root = model.xml().getDocumentElement();
    Set<String> messages = new HashSet<>();
    for (Element message : elements(root, "message")) {
      messages.add(message.getAttribute("name"));
    }
    for (Element process : elements(root, "process")) {
      if ("false".equals(process.getAttribute("isExecutable"))) {
        continue;
      }
      String key = process.getAttribute("id");
      ModelContract contract = contracts.get(key);
      if (contract == null || contract.kind() != ModelContract.Kind.PROCESS) {
        violations.add(Violation.of(file + "#" + key, "model.process-unknown", key, known(contracts,
            ModelContract.Kind.PROCESS)));
      } else {
        Set<String> ids = new HashSet<>();
        for (Element element : elements(process, null)) {
          if (element.hasAttribute("id")) {
            ids.add(element.getAttribute("id"));
          }
        }
        for (String id : new TreeSet<>(contract.elementIds())) {
          if (!ids.contains(id)) {
            violations.add(Violation.of(file + "#" + id, "model.contract-element", key, id));
          }
        }
        for (String message : new TreeSet<>(contract.messages())) {
          if (!messages.contains(message)) {
            violations.add(Violation.of(file + "#" + key, "model.contract-message", key, message));
          }
        }
      }
      if (process.getAttributeNS(CAMUNDA_BPMN, "historyTimeToLive").isBlank()) {
        violations.add(Violation.of(file + "#" + key, "model.history-ttl", label(process), key));
      }
      Set<String> assigners = contract == null ? Set.of() : contract.assigners();
      for (Element task : elements(process, "userTask")) {
        checkUserTask(file, task, assigners, environment, formsHere, violations);
      }
    }
    checkExpressions(file, root, environment, violations);
  }

  private void checkUserTask(String file, Element task, Set<String> assigners, Environment environment,
      Set<String> formsHere,
      List<Violation> violations) {
    String id = task.getAttribute("id");
    boolean assigned = !task.getAttributeNS(CAMUNDA_BPMN, "assignee").isBlank()
        || !task.getAttributeNS(CAMUNDA_BPMN, "candidateUsers").isBlank()
        || !task.getAttributeNS(CAMUNDA_BPMN, "candidateGroups").isBlank();
    for (Element listener : camundaChildren(task, "taskListener")) {
      boolean create = "create".equals(listener.getAttribute("event"));
      String delegate = listener.getAttribute("delegateExpression");
      Matcher name = beanName(delegate);
      if (create && name != null && assigners.contains(name.group(1)) && environment.isModelBean(name.group(1))) {
        assigned = true;
      }
    }
    if (!assigned) {
      violations.add(Violation.of(file + "#" + id, "model.task-unassigned", label(task), id));
    }
    String form = task.getAttributeNS(CAMUNDA_BPMN, "formRef").trim();
    if (form.isEmpty()) {
      violations.add(Violation.of(file + "#" + id, "model.task-no-form", label(task), id));
    } else if (!form.contains("${") && !form.contains("#{") && !formsHere.contains(form)
        && !environment.formDeployed(form)) {
      violations.add(Violation.of(file + "#" + id, "model.form-unknown", label(task), id, form));
    }
  }

  private void checkExpressions(String file, Element root, Environment environment, List<Violation> violations) {
    for (Element element : elements(root, null)) {
      boolean camundaElement = CAMUNDA_BPMN.equals(element.getNamespaceURI());
      NamedNodeMap attributes = element.getAttributes();
      for (int i = 0; i < attributes.getLength(); i++) {
        Attr attribute = (Attr) attributes.item(i);
        String name = attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName();
        boolean camunda = CAMUNDA_BPMN.equals(attribute.getNamespaceURI())
            || (camundaElement && attribute.getNamespaceURI() == null);
        if (!camunda) {
          continue;
        }
        Element owner = withId(element);
        String ownerId = owner == null ? "" : owner.getAttribute("id");
        if (name.equals("class")) {
          violations.add(Violation.of(file + "#" + ownerId, "model.class-refused", label(owner), ownerId,
              attribute.getValue()));
        } else if (name.equals("delegateExpression") || name.equals("expression")) {
          for (String unknown : unknownBeans(attribute.getValue(), name.equals("delegateExpression"), environment)) {
            violations.add(Violation.of(file + "#" + ownerId, "model.bean-unknown", label(owner), ownerId,
                attribute.getValue(), unknown));
          }
        }
      }
    }
  }

  /** The names an expression uses as objects that are neither model beans nor the engine's own. */
  static Set<String> unknownBeans(String value, boolean delegate, Environment environment) {
    Set<String> unknown = new LinkedHashSet<>();
    Matcher expression = EXPRESSION.matcher(value);
    while (expression.find()) {
      String body = QUOTED.matcher(expression.group(1)).replaceAll("''");
      Matcher only = ONLY_NAME.matcher(body);
      if (delegate && only.matches()) {
        if (!environment.isModelBean(only.group(1))) {
          unknown.add(only.group(1));
        }
        continue;
      }
      Matcher root = ROOT.matcher(body);
      while (root.find()) {
        String name = root.group(1);
        if (!ENGINE_NAMES.contains(name) && !environment.isModelBean(name)) {
          unknown.add(name);
        }
      }
    }
    return unknown;
  }

  private static Matcher beanName(String delegate) {
    Matcher expression = EXPRESSION.matcher(delegate == null ? "" : delegate.trim());
    if (!expression.matches()) {
      return null;
    }
    Matcher only = ONLY_NAME.matcher(expression.group(1));
    return only.matches() ? only : null;
  }

  private void checkDmn(Checked model, Map<String, ModelContract> contracts, List<Violation> violations) {
    String file = model.resource().name();
    for (Element decision : elements(model.xml().getDocumentElement(), "decision")) {
      String key = decision.getAttribute("id");
      ModelContract contract = contracts.get(key);
      if (contract == null || contract.kind() != ModelContract.Kind.DECISION) {
        violations.add(Violation.of(file + "#" + key, "model.decision-unknown", key,
            known(contracts, ModelContract.Kind.DECISION)));
      } else {
        Set<String> inputs = new HashSet<>();
        for (Element input : elements(decision, "input")) {
          for (Element expression : elements(input, "inputExpression")) {
            for (Element text : elements(expression, "text")) {
              Matcher names = NAME.matcher(QUOTED.matcher(text.getTextContent()).replaceAll("''"));
              while (names.find()) {
                inputs.add(names.group());
              }
            }
          }
          String variable = input.getAttributeNS(CAMUNDA_DMN, "inputVariable");
          if (!variable.isBlank() && inputs.isEmpty()) {
            inputs.add(variable);
          }
        }
        Set<String> outputs = new HashSet<>();
        for (Element output : elements(decision, "output")) {
          outputs.add(output.getAttribute("name"));
        }
        for (String input : new TreeSet<>(contract.inputs())) {
          if (!inputs.contains(input)) {
            violations.add(Violation.of(file + "#" + key, "model.contract-input", key, input));
          }
        }
        for (String output : new TreeSet<>(contract.outputs())) {
          if (!outputs.contains(output)) {
            violations.add(Violation.of(file + "#" + key, "model.contract-output", key, output));
          }
        }
      }
      if (decision.getAttributeNS(CAMUNDA_DMN, "historyTimeToLive").isBlank()) {
        violations.add(Violation.of(file + "#" + key, "model.history-ttl", label(decision), key));
      }
    }
  }

  private static void checkForm(Checked model, List<Violation> violations) {
    String file = model.resource().name();
    if (model.keys().isEmpty()) {
      violations.add(Violation.of(file, "model.form-id", file));
    }
    JsonNode schema = model.form().path("schemaVersion");
    if (schema.isNumber() && schema.asInt() > MAX_FORM_SCHEMA) {
      violations.add(Violation.of(file, "model.form-schema", file, schema.asInt(), MAX_FORM_SCHEMA));
    }
  }

  private static String known(Map<String, ModelContract> contracts, ModelContract.Kind kind) {
    return String.join(", ", contracts.values().stream().filter(c -> c.kind() == kind).map(ModelContract::key)
        .sorted().toList());
  }

  /** "'Susun SKP'" or the id when the element has no name. */
  private static String label(Element element) {
    if (element == null) {
      return "";
    }
    String name = element.getAttribute("name").trim();
    return name.isEmpty() ? element.getAttribute("id") : name;
  }

  private static Element withId(Element element) {
    Node node = element;
    while (node instanceof Element e) {
      if (e.hasAttribute("id")) {
        return e;
      }
      node = node.getParentNode();
    }
    return null;
  }

  private static List<Element> camundaChildren(Element parent, String localName) {
    List<Element> found = new ArrayList<>();
    for (Element element : elements(parent, localName)) {
      if (CAMUNDA_BPMN.equals(element.getNamespaceURI())) {
        found.add(element);
      }
    }
    return found;
  }

  /** Descendants by local name (any namespace), or all descendants when {@code localName} is null. */
  static List<Element> elements(Element parent, String localName) {
    NodeList nodes = parent.getElementsByTagNameNS("*", localName == null ? "*" : localName);
    List<Element> found = new ArrayList<>(nodes.getLength());
    for (int i = 0; i < nodes.getLength(); i++) {
      found.add((Element) nodes.item(i));
    }
    return found;
  }
}

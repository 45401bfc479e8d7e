package id.kinerja.admin;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Added, removed and changed elements between two versions of a model, by element id. An element's properties are
 * its attributes and what its children without an id hold (timer expressions, conditions, listeners, extension
 * properties, documentation), named by their path; the diagram (BPMNDI/DMNDI shapes) is left out. Form components
 * are compared by id, with their plain fields as properties.
 */
public final class ModelDiff {

  private static final Set<String> DIAGRAM = Set.of("http://www.omg.org/spec/BPMN/20100524/DI",
      "http://www.omg.org/spec/DD/20100524/DC", "http://www.omg.org/spec/DD/20100524/DI",
      "https://www.omg.org/spec/DMN/20191111/DMNDI/", "http://www.omg.org/spec/DMN/20180521/DMNDI/",
      "https://www.omg.org/spec/DMN/20180521/DI/", "http://www.omg.org/spec/DMN/20180521/DC/",
      "http://www.omg.org/spec/DMN/20180521/DI/");

  public record PropertyChange(String property, String from, String to) {
  }

  public record ChangedElement(String id, List<PropertyChange> properties) {
  }

  /** One resource against its previous version; {@code previousVersion} null when the key is new. */
  public record Summary(String resource, String key, Integer previousVersion, List<String> added, List<String> removed,
      List<ChangedElement> changed) {

    public boolean unchanged() {
      return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }
  }

  private ModelDiff() {
  }

  static Summary of(String resource, String key, Integer previousVersion, Map<String, Map<String, String>> before,
      Map<String, Map<String, String>> after) {
    List<String> added = after.keySet().stream().filter(id -> !before.containsKey(id)).sorted().toList();
    List<String> removed = before.keySet().stream().filter(id -> !after.containsKey(id)).sorted().toList();
    List<ChangedElement> changed = new ArrayList<>();
    for (String id : new TreeMap<>(after).keySet()) {
      Map<String, String> old = before.get(id);
      if (old == null) {
        continue;
      }
      Map<String, String> now = after.get(id);
      List<PropertyChange> properties = new ArrayList<>();
      java.util.SortedSet<String> names = new java.util.TreeSet<>(old.keySet());
      names.addAll(now.keySet());
      for (String name : names) {
        if (!Objects.equals(old.get(name), now.get(name))) {
          properties.add(new PropertyChange(name, old.get(name), now.get(name)));
        }
      }
      if (!properties.isEmpty()) {
        changed.add(new ChangedElement(id, properties));
      }
    }
    return new Summary(resource, key, previousVersion, added, removed, changed);
  }

  /** Every element with an id below {@code root} (the root too) with its properties. */
  static Map<String, Map<String, String>> elements(Element root) {
    Map<String, Map<String, String>> elements = new LinkedHashMap<>();
    collect(root, elements);
    return elements;
  }

  private static void collect(Element element, Map<String, Map<String, String>> elements) {
    if (DIAGRAM.contains(element.getNamespaceURI())) {
      return;
    }
    if (element.hasAttribute("id")) {
      Map<String, String> properties = new TreeMap<>();
      attributes(element, "", properties);
      own(element, "", properties);
      elements.put(element.getAttribute("id"), properties);
    }
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element e) {
        collect(e, elements);
      }
    }
  }

  /** Children without an id belong to their element: their attributes and text, under their path. */
  private static void own(Element element, String path, Map<String, String> properties) {
    Map<String, Integer> seen = new java.util.HashMap<>();
    StringBuilder text = new StringBuilder();
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element e) {
        if (e.hasAttribute("id") || DIAGRAM.contains(e.getNamespaceURI())) {
          continue;
        }
        String name = e.getLocalName();
        int index = seen.merge(name, 1, Integer::sum);
        String childPath = path + name + (index > 1 ? "[" + index + "]" : "") + "/";
        attributes(e, childPath, properties);
        own(e, childPath, properties);
      } else if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
        text.append(child.getNodeValue());
      }
    }
    String trimmed = text.toString().trim();
    if (!trimmed.isEmpty() && !path.isEmpty()) {
      properties.put(path + "text", trimmed);
    }
  }

  private static void attributes(Element element, String path, Map<String, String> properties) {
    NamedNodeMap attributes = element.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      Attr attribute = (Attr) attributes.item(i);
      if (attribute.getName().startsWith("xmlns") || (path.isEmpty() && "id".equals(attribute.getName()))) {
        continue;
      }
      String name = attribute.getPrefix() == null ? attribute.getName()
          : attribute.getPrefix() + ":" + attribute.getLocalName();
      properties.put(path + name, attribute.getValue());
    }
  }

  /** Form components (and the form itself) by id, with their plain fields. */
  static Map<String, Map<String, String>> formElements(JsonNode form) {
    Map<String, Map<String, String>> elements = new LinkedHashMap<>();
    formCollect(form, elements);
    return elements;
  }

  private static void formCollect(JsonNode node, Map<String, Map<String, String>> elements) {
    if (node.isObject() && node.hasNonNull("id")) {
      Map<String, String> properties = new TreeMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
        Map.Entry<String, JsonNode> field = fields.next();
        if (!field.getKey().equals("id") && !field.getKey().equals("components")) {
          properties.put(field.getKey(), field.getValue().isValueNode() ? field.getValue().asText()
              : field.getValue().toString());
        }
      }
      elements.put(node.get("id").asText(), properties);
    }
    JsonNode components = node.path("components");
    if (components.isArray()) {
      components.forEach(component -> formCollect(component, elements));
    }
  }
}

package id.kinerja.admin;

import java.util.Locale;

/** One file of a deployment: its resource name ("skp-planning.bpmn") and bytes. */
public record ModelResource(String name, byte[] bytes) {

  public enum Type { BPMN, DMN, FORM }

  /** By the name's suffix, as the engine decides which deployer reads it; null for anything else. */
  public Type type() {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".bpmn") || lower.endsWith(".bpmn20.xml")) {
      return Type.BPMN;
    }
    if (lower.endsWith(".dmn") || lower.endsWith(".dmn11.xml")) {
      return Type.DMN;
    }
    if (lower.endsWith(".form")) {
      return Type.FORM;
    }
    return null;
  }
}

package id.kinerja.common;

import java.util.Map;
import java.util.Set;

/**
 * What Java code relies on in one deployed model: the process (or decision) key it starts or evaluates, the task
 * and event ids it switches on, the message names it correlates, the decision inputs it passes and outputs it
 * reads. Each feature declares its contracts as beans next to the code that uses those names (its constants are
 * the list), and the beans whose task listener assigns a user task on create (so a task without assignee or
 * candidates in the model still reaches someone); the deployment gate refuses a model that breaks one, and every key without a contract is unknown.
 * {@code formerVariables} maps a renamed process variable's former name to its new one: an instance migrated to a
 * newer version gets the new name copied from the former (decision 118).
 */
public record ModelContract(String key, Kind kind, Set<String> elementIds, Set<String> messages,
    Set<String> inputs, Set<String> outputs, Set<String> assigners, Map<String, String> formerVariables) {

  public enum Kind { PROCESS, DECISION }

  public ModelContract {
    elementIds = Set.copyOf(elementIds);
    messages = Set.copyOf(messages);
    inputs = Set.copyOf(inputs);
    outputs = Set.copyOf(outputs);
    assigners = Set.copyOf(assigners);
    formerVariables = Map.copyOf(formerVariables);
  }

  public static ModelContract process(String key, String... elementIds) {
    return new ModelContract(key, Kind.PROCESS, Set.of(elementIds), Set.of(), Set.of(), Set.of(), Set.of(), Map.of());
  }

  public ModelContract withMessages(String... names) {
    return new ModelContract(key, kind, elementIds, Set.of(names), inputs, outputs, assigners, formerVariables);
  }

  /** Beans (by name) whose create listener assigns the task it listens to. */
  public ModelContract assignedBy(String... beans) {
    return new ModelContract(key, kind, elementIds, messages, inputs, outputs, Set.of(beans), formerVariables);
  }

  /** Renamed process variables, former name → new name. */
  public ModelContract renamed(Map<String, String> formerToNew) {
    return new ModelContract(key, kind, elementIds, messages, inputs, outputs, assigners, formerToNew);
  }

  public static ModelContract decision(String key, Set<String> inputs, Set<String> outputs) {
    return new ModelContract(key, Kind.DECISION, Set.of(), Set.of(), inputs, outputs, Set.of(), Map.of());
  }
}

package id.kinerja.admin;

import id.kinerja.common.ModelContract;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.springframework.stereotype.Component;

/**
 * Gives instances about to be migrated the variable names the target version reads, when a process variable was
 * renamed between the two versions (decision 118). The renames come from the process's {@link ModelContract}. An
 * instance moving to a newer version gets each new name copied from its former one; one moving back to an older
 * version gets the former name copied from the new one. A name the instance already has is left as it is, and
 * the source name stays too, so a migration that fails leaves an instance that still runs on its own version.
 * Only the instance's own scope is read (a task-local value of the same name is not the instance's).
 */
@Component
class RenamedVariables {

  /** Instances per variable query (an IN list the databases take comfortably). */
  private static final int CHUNK = 500;

  private final RuntimeService runtime;
  private final Map<String, Map<String, String>> formerToNewByKey;

  RenamedVariables(RuntimeService runtime, List<ModelContract> contracts) {
    this.runtime = runtime;
    this.formerToNewByKey = contracts.stream().filter(c -> !c.formerVariables().isEmpty())
        .collect(Collectors.toUnmodifiableMap(ModelContract::key, ModelContract::formerVariables));
  }

  /**
   * @param forward true when the instances move to a newer version
   * @return how many instances were given a name
   */
  int carryOver(String processKey, List<String> instanceIds, boolean forward) {
    Map<String, String> formerToNew = formerToNewByKey.getOrDefault(processKey, Map.of());
    if (formerToNew.isEmpty() || instanceIds.isEmpty()) {
      return 0;
    }
    Map<String, String> sourceToTarget = forward ? formerToNew : formerToNew.entrySet().stream()
        .collect(Collectors.toMap(Map.Entry::getValue, Map.Entry::getKey));
    Set<String> names = new LinkedHashSet<>(formerToNew.keySet());
    names.addAll(formerToNew.values());
    int given = 0;
    for (int from = 0; from < instanceIds.size(); from += CHUNK) {
      List<String> chunk = instanceIds.subList(from, Math.min(instanceIds.size(), from + CHUNK));
      Map<String, Map<String, Object>> byInstance = new HashMap<>();
      for (VariableInstance variable : runtime.createVariableInstanceQuery()
          .processInstanceIdIn(chunk.toArray(String[]::new)).variableNameIn(names.toArray(String[]::new))
          .disableBinaryFetching().disableCustomObjectDeserialization().list()) {
        if (variable.getExecutionId().equals(variable.getProcessInstanceId())) {
          byInstance.computeIfAbsent(variable.getProcessInstanceId(), id -> new HashMap<>())
              .put(variable.getName(), variable.getTypedValue());
        }
      }
      for (Map.Entry<String, Map<String, Object>> instance : byInstance.entrySet()) {
        Map<String, Object> has = instance.getValue();
        Map<String, Object> toGive = new HashMap<>();
        sourceToTarget.forEach((source, target) -> {
          if (has.containsKey(source) && !has.containsKey(target)) {
            toGive.put(target, has.get(source));
          }
        });
        if (!toGive.isEmpty()) {
          runtime.setVariables(instance.getKey(), toGive);
          given++;
        }
      }
    }
    return given;
  }
}

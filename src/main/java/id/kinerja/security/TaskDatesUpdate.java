package id.kinerja.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/**
 * Tasklist's "Tanggal tindak lanjut" and "Tenggat" fields save the whole task ({@code PUT /task/{id}}), which could
 * also reassign or rename it. For everyone but HR such an update passes only when it changes nothing but the dates:
 * every other field must equal the task as stored (an absent field would clear it, so it counts as a change).
 */
final class TaskDatesUpdate {

  static final Pattern TASK = Pattern.compile("/task/([^/]+)");
  static final int MAX_BODY_BYTES = 64 * 1024;

  private final TaskService tasks;
  private final ObjectMapper json;

  TaskDatesUpdate(TaskService tasks, ObjectMapper json) {
    this.tasks = tasks;
    this.json = json;
  }

  /** The task id when {@code PUT path} is a task update, else null. */
  static String taskOf(String method, String path) {
    Matcher m = TASK.matcher(path);
    return "PUT".equals(method) && m.matches() ? m.group(1) : null;
  }

  /** Whether the body (the task as Tasklist sends it) changes only the due and follow-up dates. */
  boolean onlyDatesChange(String taskId, byte[] body) {
    Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
    if (task == null) {
      return false;
    }
    JsonNode sent;
    try {
      sent = json.readTree(body);
    } catch (IOException unreadable) {
      return false;
    }
    if (sent == null || !sent.isObject()) {
      return false;
    }
    Map<String, Object> stored = new LinkedHashMap<>();
    stored.put("name", task.getName());
    stored.put("description", task.getDescription());
    stored.put("assignee", task.getAssignee());
    stored.put("owner", task.getOwner());
    stored.put("delegationState", task.getDelegationState() == null ? null : task.getDelegationState().name());
    stored.put("parentTaskId", task.getParentTaskId());
    stored.put("caseInstanceId", task.getCaseInstanceId());
    stored.put("tenantId", task.getTenantId());
    for (Map.Entry<String, Object> field : stored.entrySet()) {
      JsonNode value = sent.get(field.getKey());
      String text = value == null || value.isNull() ? null : value.asText();
      if (!Objects.equals(text, field.getValue())) {
        return false;
      }
    }
    JsonNode priority = sent.get("priority");
    return priority != null && priority.canConvertToInt() && priority.asInt() == task.getPriority();
  }

}

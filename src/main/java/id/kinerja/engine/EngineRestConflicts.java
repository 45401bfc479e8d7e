package id.kinerja.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Two people acting on one task at the same moment (issue 20): Camunda's REST API answers the loser 500 —
 * "task is null" when the other completed it first, TaskAlreadyClaimed, OptimisticLocking. On both doors to it
 * ({@code /engine-rest} and Tasklist's {@code /camunda/api/engine/engine/{name}}) such an answer to a task action
 * becomes 409 (a task that never existed: 404), in Camunda's error format ({@code type}, {@code message}) that
 * Tasklist shows, the message in Bahasa Indonesia unless English is asked for. Only task actions are buffered.
 */
@Component
@Order(SecurityProperties.DEFAULT_FILTER_ORDER + 6)
class EngineRestConflicts extends OncePerRequestFilter {

  private static final Pattern TASK_ACTION = Pattern.compile(
      "/(?:engine-rest(?:/engine/[^/]+)?|camunda/api/engine/engine/[^/]+)/task/([^/]+)/"
          + "(?:complete|submit-form|resolve|claim|unclaim)");
  private static final Set<String> CONFLICTS = Set.of("TaskAlreadyClaimedException", "OptimisticLockingException");

  private final TaskService tasks;
  private final HistoryService history;
  private final MessageSource messages;
  private final ObjectMapper json;

  EngineRestConflicts(TaskService tasks, HistoryService history, MessageSource messages, ObjectMapper json) {
    this.tasks = tasks;
    this.history = history;
    this.messages = messages;
    this.json = json;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"POST".equals(request.getMethod()) || !TASK_ACTION.matcher(path(request)).matches();
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
    chain.doFilter(request, answer);
    if (answer.getStatus() == HttpServletResponse.SC_INTERNAL_SERVER_ERROR) {
      Matcher task = TASK_ACTION.matcher(path(request));
      if (task.matches()) {
        rewrite(request, answer, task.group(1));
      }
    }
    answer.copyBodyToResponse();
  }

  private void rewrite(HttpServletRequest request, ContentCachingResponseWrapper answer, String taskId)
      throws IOException {
    String type = null;
    try {
      JsonNode body = json.readTree(answer.getContentAsByteArray());
      type = body == null ? null : body.path("type").asText(null);
    } catch (IOException e) {
      // not Camunda's JSON: decided by the task below
    }
    if (type != null && CONFLICTS.contains(type)) {
      answer.setStatus(HttpServletResponse.SC_CONFLICT);
      return;
    }
    if (tasks.createTaskQuery().taskId(taskId).count() > 0) {
      return;
    }
    boolean existed = history.createHistoricTaskInstanceQuery().taskId(taskId).count() > 0;
    Locale locale = String.valueOf(request.getHeader("Accept-Language")).toLowerCase(Locale.ROOT).startsWith("en")
        ? Locale.ENGLISH : Locale.forLanguageTag("id");
    ObjectNode body = json.createObjectNode();
    body.put("type", existed ? "TaskAlreadyCompleted" : "TaskNotFound");
    body.put("message", messages.getMessage(existed ? "engine-rest.task-completed" : "engine-rest.task-not-found",
        new Object[] {taskId}, locale));
    body.put("code", 0);
    answer.resetBuffer();
    answer.setStatus(existed ? HttpServletResponse.SC_CONFLICT : HttpServletResponse.SC_NOT_FOUND);
    answer.setContentType("application/json");
    answer.setCharacterEncoding(StandardCharsets.UTF_8.name());
    answer.getOutputStream().write(json.writeValueAsBytes(body));
  }

  private static String path(HttpServletRequest request) {
    String uri = request.getRequestURI();
    String context = request.getContextPath();
    return context != null && !context.isEmpty() && uri.startsWith(context) ? uri.substring(context.length()) : uri;
  }
}

package id.kinerja.security;

import java.util.List;
import java.util.Set;

/**
 * What a user who is neither HR nor Camunda administrator may call on the engine REST API ({@code /engine-rest}
 * and the webapps' {@code /camunda/api/engine/engine/{name}}): an allow-list of what Tasklist and the welcome page
 * need, so that an assignee works on their task (read it, claim it, fill its form, complete it, comment) and no
 * more: no identity links, no process-scope variables, no reassignment or task update, no metrics, jobs, schema or
 * other administration. Engine authorizations still decide on top of this (decision 32).
 */
final class EngineRestPolicy {

  /** {@code *} is one path segment, {@code **} any rest (also none). */
  private record Rule(Set<String> methods, List<String> segments) {
    static Rule of(String methods, String pattern) {
      return new Rule(Set.of(methods.split(",")), List.of(pattern.substring(1).split("/")));
    }

    boolean matches(String method, List<String> path) {
      return methods.contains(method) && matches(0, path);
    }

    private boolean matches(int i, List<String> path) {
      if (i == segments.size()) {
        return i == path.size();
      }
      String segment = segments.get(i);
      if (segment.equals("**")) {
        return true;
      }
      return i < path.size() && (segment.equals("*") || segment.equals(path.get(i))) && matches(i + 1, path);
    }
  }

  private static final String READ = "GET,HEAD";

  private static final List<Rule> ALLOWED = List.of(
      // tasks: read, query, claim, work on the form, complete, comment; local variables only
      Rule.of(READ, "/task/**"),
      Rule.of("POST", "/task"),
      Rule.of("POST", "/task/count"),
      Rule.of("POST", "/task/*/claim"),
      Rule.of("POST", "/task/*/unclaim"),
      Rule.of("POST", "/task/*/complete"),
      Rule.of("POST", "/task/*/submit-form"),
      Rule.of("POST", "/task/*/comment/create"),
      Rule.of("POST", "/task/*/localVariables"),
      Rule.of("POST,PUT,DELETE", "/task/*/localVariables/**"),
      // Tasklist's filters ("Tugas saya" …); the engine decides who may create or change one
      Rule.of("GET,HEAD,POST,PUT,DELETE", "/filter/**"),
      // definitions, start forms and starting (the engine refuses what is not granted), diagrams, form files
      Rule.of(READ, "/process-definition/**"),
      Rule.of("POST", "/process-definition/*/start"),
      Rule.of("POST", "/process-definition/*/submit-form"),
      Rule.of("POST", "/process-definition/key/*/start"),
      Rule.of("POST", "/process-definition/key/*/submit-form"),
      Rule.of(READ, "/deployment/*/resources/**"),
      Rule.of(READ, "/case-definition/**"),
      Rule.of(READ, "/case-instance/**"),
      // the public decision tables (README: the predikat matrix)
      Rule.of(READ, "/decision-definition/**"),
      Rule.of("POST", "/decision-definition/*/evaluate"),
      Rule.of("POST", "/decision-definition/key/*/evaluate"),
      // one's own (and subordinates') instances, as far as ProcessInstanceAccess granted them
      Rule.of(READ, "/process-instance/**"),
      Rule.of("POST", "/process-instance"),
      Rule.of("POST", "/process-instance/count"),
      Rule.of(READ, "/history/user-operation/**"),
      Rule.of(READ, "/history/task/**"),
      Rule.of(READ, "/history/process-instance/**"),
      Rule.of(READ, "/history/activity-instance/**"),
      Rule.of(READ, "/history/identity-link-log/**"),
      Rule.of(READ, "/history/variable-instance/**"),
      Rule.of(READ, "/history/detail/**"),
      // names in Tasklist, one's own profile and password (the engine allows only one's own)
      Rule.of(READ, "/user/**"),
      Rule.of("PUT", "/user/*/profile"),
      Rule.of("PUT", "/user/*/credentials"),
      Rule.of(READ, "/group/**"),
      Rule.of(READ, "/identity/groups"),
      Rule.of(READ, "/password-policy"),
      Rule.of("POST", "/password-policy"),
      Rule.of(READ, "/authorization/check"),
      Rule.of(READ, "/version"),
      Rule.of(READ, "/engine"));

  private EngineRestPolicy() {
  }

  /**
   * @param method HTTP method
   * @param path   the path below the engine root, e.g. {@code /task/42/complete}; {@code /engine} for the list of
   *               engines
   */
  static boolean allowsEveryone(String method, String path) {
    if ("OPTIONS".equals(method)) {
      return true;
    }
    List<String> segments = path.isEmpty() || path.equals("/") ? List.of()
        : List.of(path.substring(1).split("/"));
    return ALLOWED.stream().anyMatch(rule -> rule.matches(method, segments));
  }
}

package id.kinerja.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Applies {@link EngineRestPolicy} to everyone but HR and Camunda administrators, on both doors to the engine REST
 * API: {@code /engine-rest/**} (HTTP Basic or bearer token, the caller known to Spring Security) and
 * {@code /camunda/api/engine/engine/{name}/**} (Tasklist, Cockpit, Admin: the caller known from the webapp
 * session, or Spring Security with Keycloak). Refusals are 403 problem details. Every profile; runs after Spring
 * Security.
 */
@Component
@Order(SecurityProperties.DEFAULT_FILTER_ORDER + 5)
class EngineRestGuard extends OncePerRequestFilter {

  private static final Pattern ENGINE_REST = Pattern.compile("/engine-rest(/engine/([^/]+))?(/.*)?");
  private static final Pattern WEBAPP_ENGINE = Pattern.compile("/camunda/api/engine(/engine(/([^/]+))?)?(/.*)?");
  private static final String DEFAULT_ENGINE = "default";
  private static final Pattern CLAIM = Pattern.compile("/task/[^/]+/claim");

  private final ProblemResponses problems;
  private final TaskDatesUpdate taskDates;
  private final com.fasterxml.jackson.databind.ObjectMapper json;

  EngineRestGuard(ProblemResponses problems, org.camunda.bpm.engine.TaskService tasks,
      com.fasterxml.jackson.databind.ObjectMapper json) {
    this.problems = problems;
    this.json = json;
    this.taskDates = new TaskDatesUpdate(tasks, json);
  }

  /** Who is asking, as far as the guard needs it. */
  private enum Caller { UNKNOWN, PRIVILEGED, OTHER }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = RequestPaths.of(request);
    return !path.startsWith("/engine-rest") && !path.startsWith("/camunda/api/engine");
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = RequestPaths.of(request);
    String enginePath;
    Caller caller;
    Matcher rest = ENGINE_REST.matcher(path);
    Matcher webapp = WEBAPP_ENGINE.matcher(path);
    if (rest.matches()) {
      enginePath = enginePath(rest.group(1) != null, rest.group(3));
      caller = fromSpringSecurity();
    } else if (webapp.matches()) {
      boolean underEngine = webapp.group(1) != null;
      String engine = webapp.group(3);
      enginePath = !underEngine ? "/unknown" : engine == null ? "/engine" : orRoot(webapp.group(4));
      caller = fromSpringSecurity();
      if (caller == Caller.UNKNOWN) {
        caller = fromWebappSession(request, engine == null ? DEFAULT_ENGINE : engine);
      }
    } else {
      chain.doFilter(request, response);
      return;
    }
    boolean allowed = caller != Caller.OTHER
        || (request.getHeader("X-HTTP-Method-Override") == null
            && EngineRestPolicy.allowsEveryone(request.getMethod(), enginePath));
    String updatedTask = allowed || request.getHeader("X-HTTP-Method-Override") != null ? null
        : TaskDatesUpdate.taskOf(request.getMethod(), enginePath);
    if (allowed && caller == Caller.OTHER && "POST".equals(request.getMethod())
        && CLAIM.matcher(enginePath).matches()) {
      // claiming is for oneself: "claim for someone else" would be the reassignment the policy refuses
      CachedBodyRequest read = CachedBodyRequest.of(request, TaskDatesUpdate.MAX_BODY_BYTES);
      String claimant = read == null ? null : claimant(read.body());
      if (claimant != null && claimant.equals(callerName(request, webapp.matches() ? webapp.group(3) : null))) {
        chain.doFilter(read, response);
      } else {
        problems.write(request, response, HttpStatus.FORBIDDEN, "engine-rest-not-allowed", "engine-rest.not-allowed");
      }
    } else if (allowed) {
      chain.doFilter(request, response);
    } else if (updatedTask != null) {
      // Tasklist's follow-up and due dates: allowed when nothing else of the task changes
      CachedBodyRequest read = CachedBodyRequest.of(request, TaskDatesUpdate.MAX_BODY_BYTES);
      if (read != null && taskDates.onlyDatesChange(updatedTask, read.body())) {
        chain.doFilter(read, response);
      } else {
        problems.write(request, response, HttpStatus.FORBIDDEN, "engine-rest-not-allowed", "engine-rest.not-allowed");
      }
    } else {
      problems.write(request, response, HttpStatus.FORBIDDEN, "engine-rest-not-allowed", "engine-rest.not-allowed");
    }
  }

  private String claimant(byte[] body) {
    try {
      com.fasterxml.jackson.databind.JsonNode user = json.readTree(body).get("userId");
      return user != null && user.isTextual() ? user.asText() : null;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** The user name of the caller: Spring Security's, else the webapp session's for that engine. */
  private static String callerName(HttpServletRequest request, String engine) {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication != null && authentication.isAuthenticated()
        && !(authentication instanceof AnonymousAuthenticationToken)) {
      return authentication.getName();
    }
    HttpSession session = request.getSession(false);
    Authentications authentications = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
    if (authentications != null && authentications.getAuthenticationForProcessEngine(
        engine == null ? DEFAULT_ENGINE : engine) instanceof UserAuthentication user) {
      return user.getName();
    }
    return null;
  }

  /** {@code /engine-rest/engine} alone lists the engines; below a named engine the rest is the engine path. */
  private static String enginePath(boolean named, String rest) {
    if (!named && "/engine".equals(rest)) {
      return "/engine";
    }
    return orRoot(rest);
  }

  private static String orRoot(String rest) {
    return rest == null ? "/" : rest;
  }

  private static Caller fromSpringSecurity() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication == null || !authentication.isAuthenticated()
        || authentication instanceof AnonymousAuthenticationToken) {
      return Caller.UNKNOWN;
    }
    return privileged(authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList(),
        Role.HR.authority(), Role.ADMIN.authority());
  }

  private static Caller fromWebappSession(HttpServletRequest request, String engine) {
    HttpSession session = request.getSession(false);
    if (session == null) {
      return Caller.UNKNOWN;
    }
    Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
    if (authentications == null
        || !(authentications.getAuthenticationForProcessEngine(engine) instanceof UserAuthentication user)) {
      return Caller.UNKNOWN;
    }
    List<String> groups = user.getGroupIds() == null ? List.of() : user.getGroupIds();
    return privileged(groups, Role.HR.groupId(), Role.ADMIN.groupId());
  }

  private static Caller privileged(Collection<String> held, String hr, String admin) {
    return held.contains(hr) || held.contains(admin) ? Caller.PRIVILEGED : Caller.OTHER;
  }
}

package id.kinerja.webapp;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * Where the process name inside a Tasklist task leads (instead of Cockpit, which is for administrators:
 * {@link WebappScriptFixes}, decision 86): {@code /app/proses/{processInstanceId}} sends the caller to the portal
 * page of that SKP or evaluation ({@link PortalPageOfInstance}). The caller is the one logged in to the portal
 * (Spring Security) or to Tasklist (the webapp session); the instance must be one the engine lets the caller see
 * (its authorizations, {@code organization.ProcessInstanceAccess}) — otherwise 404, as for an instance that does not exist. Nobody logged in:
 * to Tasklist's login.
 */
@Controller
class InstanceLinkController {

  static final String TASKLIST = "/camunda/app/tasklist/default/";
  private static final String ENGINE = "default";

  private final HistoryService history;
  private final IdentityService identity;

  InstanceLinkController(HistoryService history, IdentityService identity) {
    this.history = history;
    this.identity = identity;
  }

  @GetMapping("/app/proses/{processInstanceId:[A-Za-z0-9-]{1,64}}")
  String open(@PathVariable String processInstanceId, HttpServletRequest request) {
    Optional<Caller> caller = fromSpringSecurity().or(() -> fromTasklistSession(request));
    if (caller.isEmpty()) {
      return "redirect:" + TASKLIST;
    }
    HistoricProcessInstance instance;
    identity.setAuthentication(caller.get().userId(), caller.get().groupIds());
    try {
      instance = history.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId).singleResult();
    } finally {
      identity.clearAuthentication();
    }
    if (instance == null) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    return "redirect:" + PortalPageOfInstance.of(instance.getBusinessKey());
  }

  private record Caller(String userId, List<String> groupIds) {
  }

  private Optional<Caller> fromSpringSecurity() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication == null || !authentication.isAuthenticated()
        || authentication instanceof AnonymousAuthenticationToken) {
      return Optional.empty();
    }
    String user = authentication.getName();
    return Optional.of(new Caller(user,
        identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList()));
  }

  private static Optional<Caller> fromTasklistSession(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    Authentications authentications = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
    if (authentications == null
        || !(authentications.getAuthenticationForProcessEngine(ENGINE) instanceof UserAuthentication user)) {
      return Optional.empty();
    }
    return Optional.of(new Caller(user.getName(), user.getGroupIds() == null ? List.of() : user.getGroupIds()));
  }
}

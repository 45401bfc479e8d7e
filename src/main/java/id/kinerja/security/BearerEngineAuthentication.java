package id.kinerja.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Engine REST ({@code /engine-rest}) with the {@code keycloak} profile: Spring Security has already checked the
 * bearer token; this hands its user and groups to the engine, so that Camunda authorizations apply to the caller.
 * Created by Camunda's {@code ProcessEngineAuthenticationFilter} by class name, hence public.
 */
public class BearerEngineAuthentication implements AuthenticationProvider {

  @Override
  public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (!(authentication instanceof JwtAuthenticationToken token) || !token.isAuthenticated()) {
      return AuthenticationResult.unsuccessful();
    }
    AuthenticationResult result = AuthenticationResult.successful(token.getName());
    result.setGroups(GroupAuthorities.groupIdsOf(token.getToken()));
    return result;
  }

  @Override
  public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
    response.setHeader("WWW-Authenticate", "Bearer realm=\"kinerja\"");
  }
}

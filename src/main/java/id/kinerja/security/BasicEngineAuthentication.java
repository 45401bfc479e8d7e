package id.kinerja.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Engine REST ({@code /engine-rest}) in the embedded default: Spring Security has already checked the HTTP Basic
 * credentials (throttled, {@link CamundaIdentityAuthenticationProvider}); this hands the user to the engine, whose
 * authorizations then apply (groups are read from the identity service by Camunda's filter). Replaces Camunda's
 * own {@code HttpBasicAuthenticationProvider}, which checked the password a second time, unthrottled.
 * Created by Camunda's {@code ProcessEngineAuthenticationFilter} by class name, hence public.
 */
public class BasicEngineAuthentication implements AuthenticationProvider {

  @Override
  public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (!(authentication instanceof UsernamePasswordAuthenticationToken token) || !token.isAuthenticated()) {
      return AuthenticationResult.unsuccessful();
    }
    return AuthenticationResult.successful(token.getName());
  }

  @Override
  public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
    response.setHeader("WWW-Authenticate", "Basic realm=\"Kinerja\", charset=\"UTF-8\"");
  }
}

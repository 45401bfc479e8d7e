package id.kinerja.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Embedded default: one login for the portal and the Camunda webapps, which share the servlet session. Logging in
 * on the portal page also logs into Tasklist (Camunda's session authentication is created the way its own login
 * does); somebody already logged into Tasklist is logged into the portal without a second password. The engine is
 * asked for the user's groups each time, so roles are never older than the login.
 */
final class WebappSessionLogin {

  private final ProcessEngine engine;
  private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

  WebappSessionLogin(ProcessEngine engine) {
    this.engine = engine;
  }

  /** After a successful portal login: the same user logged into the webapps, then on to the page asked for. */
  AuthenticationSuccessHandler afterPortalLogin() {
    SavedRequestAwareAuthenticationSuccessHandler next = new SavedRequestAwareAuthenticationSuccessHandler();
    next.setDefaultTargetUrl("/app/beranda");
    return (request, response, authentication) -> {
      UserAuthentication webapps = AuthenticationUtil.createAuthentication(engine, authentication.getName());
      if (webapps != null) {
        Authentications all = AuthenticationUtil.getAuthsFromSession(request.getSession());
        all.addOrReplace(webapps);
        AuthenticationUtil.updateSession(request.getSession(), all);
      }
      next.onAuthenticationSuccess(request, response, authentication);
    };
  }

  /**
   * Before the portal's own checks: the webapps' session authentication is the one login. A Tasklist login counts as
   * a portal login; a Tasklist logout (which removes it) logs out of the portal too.
   */
  OncePerRequestFilter fromWebappSession() {
    return new OncePerRequestFilter() {
      @Override
      protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
          throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null) {
          mirror(session, request, response);
        }
        chain.doFilter(request, response);
      }
    };
  }

  private void mirror(HttpSession session, HttpServletRequest request, HttpServletResponse response) {
    Authentication current = SecurityContextHolder.getContext().getAuthentication();
    String portalUser = current != null && current.isAuthenticated() ? current.getName() : null;
    String webappUser = AuthenticationUtil.getAuthsFromSession(session)
        .getAuthenticationForProcessEngine(engine.getName()) instanceof UserAuthentication user
        ? user.getIdentityId() : null;
    if (webappUser == null && portalUser != null) {
      SecurityContext empty = SecurityContextHolder.createEmptyContext();
      SecurityContextHolder.setContext(empty);
      contexts.saveContext(empty, request, response);
    } else if (webappUser != null && !webappUser.equals(portalUser)) {
      Authentication portal = UsernamePasswordAuthenticationToken.authenticated(webappUser, null,
          GroupAuthorities.of(AuthenticationUtil.getGroupsOfUser(engine, webappUser)));
      SecurityContext context = SecurityContextHolder.createEmptyContext();
      context.setAuthentication(portal);
      SecurityContextHolder.setContext(context);
      contexts.saveContext(context, request, response);
    }
  }

}

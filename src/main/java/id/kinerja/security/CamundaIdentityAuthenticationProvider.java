package id.kinerja.security;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Embedded default: API and engine REST callers authenticate with HTTP Basic against the engine's identity store,
 * the same users and groups that log into Tasklist. Groups become roles ({@link Role}). Failures are throttled per
 * user and client address ({@link LoginThrottle}); the engine's own lock is off (decision 31).
 */
class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

  private final IdentityService identityService;
  private final LoginThrottle throttle;

  CamundaIdentityAuthenticationProvider(IdentityService identityService, LoginThrottle throttle) {
    this.identityService = identityService;
    this.throttle = throttle;
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String username = authentication.getName();
    Object credentials = authentication.getCredentials();
    if (username == null || username.isBlank() || credentials == null) {
      throw new BadCredentialsException("bad credentials");
    }
    String address = authentication.getDetails() instanceof WebAuthenticationDetails details
        ? details.getRemoteAddress() : null;
    LoginThrottle.Check check = throttle.check(username, address);
    if (check.refused()) {
      throw new LoginThrottledException(check.refusedFor());
    }
    if (!identityService.checkPassword(username, credentials.toString())) {
      throttle.failed(username, address);
      throw new BadCredentialsException("bad credentials");
    }
    if (check.hasFailures()) {
      throttle.succeeded(username, address);
    }
    List<String> groups = identityService.createGroupQuery().groupMember(username).list().stream()
        .map(Group::getId).toList();
    return UsernamePasswordAuthenticationToken.authenticated(username, null, GroupAuthorities.of(groups));
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}

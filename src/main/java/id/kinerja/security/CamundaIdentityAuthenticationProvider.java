package id.kinerja.security;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * Embedded default: API callers authenticate with HTTP Basic against the engine's identity store, the same
 * users and groups that log into Tasklist. Groups become roles ({@link Role}).
 */
class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

  private final IdentityService identityService;

  CamundaIdentityAuthenticationProvider(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String username = authentication.getName();
    Object credentials = authentication.getCredentials();
    if (username == null || username.isBlank() || credentials == null
        || !identityService.checkPassword(username, credentials.toString())) {
      throw new BadCredentialsException("bad credentials");
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

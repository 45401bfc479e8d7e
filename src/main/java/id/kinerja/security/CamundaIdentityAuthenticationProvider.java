package id.kinerja.security;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

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
    List<GrantedAuthority> authorities = new ArrayList<>();
    for (Group group : identityService.createGroupQuery().groupMember(username).list()) {
      Role.ofGroup(group.getId()).ifPresent(role -> authorities.add(new SimpleGrantedAuthority(role.authority())));
    }
    return UsernamePasswordAuthenticationToken.authenticated(username, null, authorities);
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}

package id.kinerja.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.ClaimAccessor;

/**
 * The one rule for turning identity-provider groups into application roles, whatever the login: the engine's own
 * identity store (embedded default) or the {@code groups} claim of a Keycloak token.
 */
final class GroupAuthorities {

  /** The claim Keycloak's group-membership mapper fills (realm export: client {@code kinerja}). */
  private static final String GROUPS_CLAIM = "groups";

  private GroupAuthorities() {
  }

  static List<GrantedAuthority> of(Collection<String> groupIds) {
    List<GrantedAuthority> authorities = new ArrayList<>();
    for (String groupId : groupIds) {
      Role.ofGroup(groupId).ifPresent(role -> authorities.add(new SimpleGrantedAuthority(role.authority())));
    }
    return authorities;
  }

  /** The group ids of a token (access or ID token), from its {@code groups} claim. */
  static List<String> groupIdsOf(ClaimAccessor token) {
    return fromClaim(token.getClaimAsStringList(GROUPS_CLAIM));
  }

  /** Group ids from a token claim; full paths ("/hr") and plain names ("hr") alike. */
  static List<String> fromClaim(List<String> claim) {
    if (claim == null) {
      return List.of();
    }
    return claim.stream().map(g -> g.startsWith("/") ? g.substring(1) : g).toList();
  }
}

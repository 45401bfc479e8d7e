package id.kinerja.security;

import java.util.Set;

/** Who is asking: the login name and the application roles (from the identity provider's groups). */
public record KinerjaUser(String username, Set<Role> roles) {

  public boolean has(Role role) {
    return roles.contains(role);
  }
}

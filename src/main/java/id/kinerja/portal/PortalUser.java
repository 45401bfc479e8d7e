package id.kinerja.portal;

import id.kinerja.security.KinerjaUser;
import id.kinerja.security.Role;

/** Who is looking at a page, and which parts of the menu are theirs. */
record PortalUser(String username, String name, boolean leads, boolean hr, boolean admin) {

  static PortalUser of(KinerjaUser user, String name, boolean leads) {
    return new PortalUser(user.username(), name, leads || user.has(Role.HEAD), user.has(Role.HR),
        user.has(Role.ADMIN));
  }
}

/**
 * Who is asking: logins (embedded identity or Keycloak SSO), {@link id.kinerja.security.KinerjaUser} with
 * its {@link id.kinerja.security.Role}s, {@link id.kinerja.security.CurrentUser}, the engine's identity groups,
 * webapp authorizations and shared Tasklist filters, 401/403 as problem details. Knows nothing of the
 * organisation: supervisors and seniors are the organization module's rule.
 */
package id.kinerja.security;

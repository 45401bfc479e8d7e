package id.kinerja.security;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * The portal ({@code /app/**}, decision 64), the same in both profiles except for the login: a session (the one the
 * Camunda webapps use, so one login serves both), CSRF protection on every form and script request, a
 * Content-Security-Policy without inline scripts, frames denied. Wrong role: the pages answer 403 with an Indonesian
 * page (the container's error page, {@code templates/error/403.html}); anonymous: the login.
 */
final class PortalChain {

  static final String PORTAL = "/app/**";
  static final String LOGIN_PAGE = "/app/masuk";
  static final String LOGOUT = "/app/keluar";

  /** Scripts, styles, images, workers and connections only from the application itself; nothing inline. */
  static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
      + "connect-src 'self'; worker-src 'self'; manifest-src 'self'; form-action 'self'; frame-ancestors 'none'; "
      + "base-uri 'none'; object-src 'none'";

  private PortalChain() {
  }

  /** What both profiles share; the caller adds its login and builds the chain. */
  static HttpSecurity common(HttpSecurity http) throws Exception {
    PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
    return http
        .securityMatcher(paths.matcher(PORTAL))
        .authorizeHttpRequests(auth -> auth
            .requestMatchers(paths.matcher(LOGIN_PAGE), paths.matcher("/app/aset/**"), paths.matcher("/app/sw.js"),
                paths.matcher("/app/manifest.webmanifest")).permitAll()
            .anyRequest().authenticated())
        .headers(headers -> headers
            .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
            .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
            .contentSecurityPolicy(csp -> csp.policyDirectives(POLICY)))
        // the container renders templates/error/403.html for browsers and problem details for script requests
        .exceptionHandling(e -> e.accessDeniedHandler(
            (request, response, denied) -> response.sendError(HttpServletResponse.SC_FORBIDDEN)))
        .logout(logout -> logout
            .logoutRequestMatcher(paths.matcher(HttpMethod.POST, LOGOUT))
            .logoutSuccessUrl(LOGIN_PAGE + "?keluar")
            .invalidateHttpSession(true)
            .deleteCookies("SESSION"));
  }
}

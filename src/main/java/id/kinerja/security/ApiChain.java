package id.kinerja.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * The API ({@code /api/**}) and the engine's REST API ({@code /engine-rest/**}), the same in both profiles except
 * for how a caller proves who he is (HTTP Basic against the engine's identities, or a Keycloak bearer token):
 * stateless, {@code /api/v1/public/**} open (citizen survey), everything else authenticated, no CSRF (no cookies),
 * the API's headers, and refusals as problem details ({@link ProblemResponses}).
 */
final class ApiChain {

  static final String PUBLIC = "/api/v1/public/**";

  private ApiChain() {
  }

  /** What both profiles share; the caller adds its authentication and builds the chain. */
  static HttpSecurity common(HttpSecurity http, ProblemResponses problemResponses) throws Exception {
    // path patterns, not MVC matchers: /engine-rest is not served by Spring MVC
    PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
    return http
        .securityMatcher(new OrRequestMatcher(paths.matcher("/api/**"), paths.matcher("/engine-rest/**")))
        .authorizeHttpRequests(auth -> auth
            .requestMatchers(paths.matcher(PUBLIC)).permitAll()
            .anyRequest().authenticated())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .headers(SecurityHeaders.forApi())
        .csrf(csrf -> csrf.disable())
        .exceptionHandling(e -> e.authenticationEntryPoint(problemResponses).accessDeniedHandler(problemResponses));
  }
}

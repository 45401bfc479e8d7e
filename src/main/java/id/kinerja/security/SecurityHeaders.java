package id.kinerja.security;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * Response headers of every security chain, both profiles (decision 33): {@code Referrer-Policy} everywhere; a
 * strict {@code Content-Security-Policy} on our public pages ({@code /survei/**}, {@code /verifikasi/**}: no
 * scripts at all, styles only inline or our own, nothing framed); {@link #DATA_POLICY} on the API, engine REST,
 * the webapps' API and error answers (issue 20). The Camunda webapps' pages send their own policy
 * (Camunda's header security filter, made for their scripts), which is therefore not overwritten here.
 */
final class SecurityHeaders {

  /** Answers that are data, not pages (the API, engine REST, the webapps' API, error answers): nothing runs. */
  static final String DATA_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";

  static final String PAGE_POLICY = "default-src 'none'; script-src 'none'; style-src 'self' 'unsafe-inline'; "
      + "img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

  private SecurityHeaders() {
  }

  /** {@code /api/**} (and {@code /engine-rest/**}): Spring Security's defaults (frames denied) plus the referrer. */
  static Customizer<HeadersConfigurer<HttpSecurity>> forApi() {
    return headers -> headers
        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
        .contentSecurityPolicy(csp -> csp.policyDirectives(DATA_POLICY));
  }

  /** Everything else: the webapps (framed by themselves, e.g. Cockpit's diagrams) and our pages. */
  static Customizer<HeadersConfigurer<HttpSecurity>> forPages() {
    PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
    return headers -> headers
        .frameOptions(frame -> frame.sameOrigin())
        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
            new OrRequestMatcher(paths.matcher("/survei/**"), paths.matcher("/verifikasi/**")),
            new StaticHeadersWriter("Content-Security-Policy", PAGE_POLICY)))
        // everything else that is not a page with its own policy (the webapps' pages and assets: Camunda's; the
        // portal: its chain; Swagger UI when asked for): data and error answers, nothing may run or frame them
        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
            new org.springframework.security.web.util.matcher.NegatedRequestMatcher(new OrRequestMatcher(
                paths.matcher("/survei/**"), paths.matcher("/verifikasi/**"), paths.matcher("/app/**"),
                paths.matcher("/swagger-ui/**"), paths.matcher("/swagger-ui.html"),
                new org.springframework.security.web.util.matcher.AndRequestMatcher(paths.matcher("/camunda/**"),
                    new org.springframework.security.web.util.matcher.NegatedRequestMatcher(
                        paths.matcher("/camunda/api/**"))))),
            new StaticHeadersWriter("Content-Security-Policy", DATA_POLICY)));
  }
}

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
 * scripts at all, styles only inline or our own, nothing framed). The Camunda webapps send their own policy
 * (Camunda's header security filter, made for their scripts), which is therefore not overwritten here.
 */
final class SecurityHeaders {

  static final String PAGE_POLICY = "default-src 'none'; script-src 'none'; style-src 'self' 'unsafe-inline'; "
      + "img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

  private SecurityHeaders() {
  }

  /** {@code /api/**} (and {@code /engine-rest/**}): Spring Security's defaults (frames denied) plus the referrer. */
  static Customizer<HeadersConfigurer<HttpSecurity>> forApi() {
    return headers -> headers
        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN));
  }

  /** Everything else: the webapps (framed by themselves, e.g. Cockpit's diagrams) and our pages. */
  static Customizer<HeadersConfigurer<HttpSecurity>> forPages() {
    PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
    return headers -> headers
        .frameOptions(frame -> frame.sameOrigin())
        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
            new OrRequestMatcher(paths.matcher("/survei/**"), paths.matcher("/verifikasi/**")),
            new StaticHeadersWriter("Content-Security-Policy", PAGE_POLICY)));
  }
}

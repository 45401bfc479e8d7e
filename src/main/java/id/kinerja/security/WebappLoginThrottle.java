package id.kinerja.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The Camunda webapps' own login form ({@code POST /camunda/api/admin/auth/user/{engine}/login/{app}}) checks the
 * password through the engine's identity service too: the same throttle per user and client address applies
 * ({@link LoginThrottle}). Camunda answers a wrong password with 401; 200 (or 403, the right password without
 * access to that app) clears the pair. Every profile.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 40)
class WebappLoginThrottle extends OncePerRequestFilter {

  private static final Pattern LOGIN = Pattern.compile("/camunda/api/admin/auth/user/[^/]+/login(/[^/]+)?");

  private final LoginThrottle throttle;
  private final ProblemResponses problems;

  WebappLoginThrottle(LoginThrottle throttle, ProblemResponses problems) {
    this.throttle = throttle;
    this.problems = problems;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"POST".equals(request.getMethod()) || !LOGIN.matcher(RequestPaths.of(request)).matches();
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String username = request.getParameter("username");
    String address = request.getRemoteAddr();
    if (username == null || username.isBlank()) {
      chain.doFilter(request, response);
      return;
    }
    LoginThrottle.Check check = throttle.check(username, address);
    if (check.refused()) {
      problems.tooManyFailedLogins(request, response, new LoginThrottledException(check.refusedFor()));
      return;
    }
    chain.doFilter(request, response);
    int status = response.getStatus();
    if (status == HttpServletResponse.SC_UNAUTHORIZED) {
      throttle.failed(username, address);
    } else if (check.hasFailures() && (status < 300 || status == HttpServletResponse.SC_FORBIDDEN)) {
      throttle.succeeded(username, address);
    }
  }
}

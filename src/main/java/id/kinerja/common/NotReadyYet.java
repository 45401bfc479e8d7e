package id.kinerja.common;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Until the application is ready (models deployed, identity and demo government created: readiness
 * {@code ACCEPTING_TRAFFIC}) and again while it shuts down, every request but the health probes answers 503 with
 * {@code Retry-After}, instead of a misleading 401 for users that do not exist yet or a half-started page.
 * Runs before the security filters.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class NotReadyYet extends OncePerRequestFilter {

  static final String RETRY_AFTER_SECONDS = "5";

  private final ApplicationAvailability availability;
  private final Problems problems;
  private final LocaleResolver locales;
  private final ObjectMapper json;

  NotReadyYet(ApplicationAvailability availability, Problems problems, LocaleResolver locales, ObjectMapper json) {
    this.availability = availability;
    this.problems = problems;
    this.locales = locales;
    this.json = json;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return request.getRequestURI().startsWith(request.getContextPath() + "/actuator/");
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC) {
      chain.doFilter(request, response);
      return;
    }
    ProblemDetail problem = problems.create(HttpStatus.SERVICE_UNAVAILABLE, "not-ready", "error.not-ready",
        new Object[0], locales.resolveLocale(request));
    response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
    Problems.write(response, problem, json);
  }
}

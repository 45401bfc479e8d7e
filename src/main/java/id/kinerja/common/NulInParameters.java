package id.kinerja.common;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The {@link TextLimits} rule for text that does not come as JSON: query parameters, form fields and multipart
 * text parts of {@code /api/**} and the public survey page ({@code /survei/**}). A NUL character → 400 naming the
 * parameter, before anything is read or stored. Runs after authentication.
 */
@Component
@Order(0)
class NulInParameters extends OncePerRequestFilter {

  private final Problems problems;
  private final LocaleResolver locales;
  private final ObjectMapper json;

  NulInParameters(Problems problems, LocaleResolver locales, ObjectMapper json) {
    this.problems = problems;
    this.locales = locales;
    this.json = json;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return !path.startsWith("/api/") && !path.startsWith("/survei/");
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String field = fieldWithNul(request.getParameterMap());
    if (field == null) {
      chain.doFilter(request, response);
      return;
    }
    var locale = locales.resolveLocale(request);
    ProblemDetail problem = problems.create(HttpStatus.BAD_REQUEST, "invalid-request", "error.invalid-request",
        new Object[0], locale);
    problem.setProperty("errors", problems.describe(
        List.of(Violation.of(field, "input.text-nul", TextLimits.MAX_CHARS)), locale));
    Problems.write(response, problem, json);
  }

  private static String fieldWithNul(Map<String, String[]> parameters) {
    for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
      boolean nul = TextLimits.hasNul(parameter.getKey());
      for (String value : parameter.getValue()) {
        nul |= value != null && TextLimits.hasNul(value);
      }
      if (nul) {
        return parameter.getKey().replace('\0', '?');
      }
    }
    return null;
  }
}

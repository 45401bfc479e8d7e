package id.kinerja.common;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.autoconfigure.web.servlet.error.BasicErrorController;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.boot.web.servlet.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * The servlet container's error page ({@code /error}: errors outside Spring MVC, and {@code GET /error} itself) as
 * problem details like every other API error: {@code application/problem+json} for API calls and every non-HTML
 * client, Spring Boot's HTML page for browsers on pages. A direct {@code GET /error} is a 404, not a 500.
 */
@Controller
class ProblemErrorController extends BasicErrorController {

  private final Problems problems;
  private final LocaleResolver locales;
  private final com.fasterxml.jackson.databind.ObjectMapper json;

  ProblemErrorController(ErrorAttributes errorAttributes, ServerProperties server,
      ObjectProvider<ErrorViewResolver> resolvers, Problems problems, LocaleResolver locales,
      com.fasterxml.jackson.databind.ObjectMapper json) {
    super(errorAttributes, server.getError(), resolvers.orderedStream().toList());
    this.problems = problems;
    this.locales = locales;
    this.json = json;
  }

  @Override
  public ModelAndView errorHtml(HttpServletRequest request, HttpServletResponse response) {
    if (!isApi(request)) {
      return super.errorHtml(request, response);
    }
    ProblemDetail problem = problem(request);
    try {
      Problems.write(response, problem, json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return null;
  }

  @Override
  public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
    ProblemDetail problem = problem(request);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", problem.getType().toString());
    body.put("title", problem.getTitle());
    body.put("status", problem.getStatus());
    body.put("detail", problem.getDetail());
    body.put("instance", problem.getInstance() == null ? null : problem.getInstance().toString());
    return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
  }

  @Override
  protected HttpStatus getStatus(HttpServletRequest request) {
    // no error being forwarded: somebody asked for /error itself, which is not a page
    return request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) == null ? HttpStatus.NOT_FOUND
        : super.getStatus(request);
  }

  private ProblemDetail problem(HttpServletRequest request) {
    HttpStatus status = getStatus(request);
    Locale locale = locales.resolveLocale(request);
    String key = status.is5xxServerError() ? "error.internal"
        : status == HttpStatus.NOT_FOUND ? "error.no-such-address"
        : status == HttpStatus.BAD_REQUEST ? "error.unreadable-request" : "problem.title." + status.value();
    ProblemDetail problem = problems.create(status, "http-" + status.value(), key, new Object[0], locale);
    Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    problem.setInstance(java.net.URI.create(path == null ? request.getRequestURI() : safe(path.toString())));
    return problem;
  }

  private static boolean isApi(HttpServletRequest request) {
    Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    String uri = path == null ? request.getRequestURI() : path.toString();
    return uri.startsWith(request.getContextPath() + "/api/") || uri.startsWith(request.getContextPath() + "/error");
  }

  private static String safe(String path) {
    return path.replaceAll("[^A-Za-z0-9/._~%-]", "_");
  }
}

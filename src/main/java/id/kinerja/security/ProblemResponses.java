package id.kinerja.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.kinerja.common.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.web.servlet.LocaleResolver;

/** 401 and 403 from the security filters, as localized problem details like every other API error. */
class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

  private final Problems problems;
  private final ObjectMapper json;
  private final LocaleResolver locales;
  private final String challenge;

  /** @param challenge the WWW-Authenticate value sent with a 401 ({@code Basic …} or {@code Bearer …}) */
  ProblemResponses(Problems problems, ObjectMapper json, LocaleResolver locales, String challenge) {
    this.problems = problems;
    this.json = json;
    this.locales = locales;
    this.challenge = challenge;
  }

  @Override
  public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
      throws IOException {
    if (e instanceof LoginThrottledException throttled) {
      tooManyFailedLogins(request, response, throttled);
      return;
    }
    response.setHeader("WWW-Authenticate", challenge);
    write(request, response, HttpStatus.UNAUTHORIZED, "unauthorized", "error.unauthorized");
  }

  /** 429 with {@code Retry-After}: this user is refused from this address for a while (never for good). */
  void tooManyFailedLogins(HttpServletRequest request, HttpServletResponse response, LoginThrottledException e)
      throws IOException {
    response.setHeader("Retry-After", String.valueOf(e.retryAfterSeconds()));
    write(request, response, HttpStatus.TOO_MANY_REQUESTS, "login-throttled", "login.throttled",
        e.retryAfterSeconds());
  }

  @Override
  public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
      throws IOException {
    write(request, response, HttpStatus.FORBIDDEN, "forbidden", "error.forbidden");
  }

  void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String type,
      String key, Object... args) throws IOException {
    ProblemDetail problem = problems.create(status, type, key, args, locales.resolveLocale(request));
    problem.setInstance(java.net.URI.create(request.getRequestURI()));
    Problems.write(response, problem, json);
  }
}

package id.kinerja.common;

import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.lang.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Turns every API error into {@code application/problem+json} with a localized title and detail. */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

  private final Problems problems;

  ProblemDetailsAdvice(Problems problems) {
    this.problems = problems;
  }

  @ExceptionHandler(ValidationFailedException.class)
  ResponseEntity<ProblemDetail> validationFailed(ValidationFailedException e) {
    Locale locale = LocaleContextHolder.getLocale();
    ProblemDetail problem = problems.create(e.status(), Problems.typeOf(e.messageKey()), e.messageKey(), e.args(), locale);
    problem.setProperty("errors", problems.describe(e.violations(), locale));
    return ResponseEntity.status(e.status()).body(problem);
  }

  @ExceptionHandler(ApiException.class)
  ResponseEntity<ProblemDetail> refused(ApiException e) {
    ProblemDetail problem = problems.create(e.status(), Problems.typeOf(e.messageKey()), e.messageKey(), e.args(),
        LocaleContextHolder.getLocale());
    return ResponseEntity.status(e.status()).body(problem);
  }

  @ExceptionHandler(AccessDeniedException.class)
  ResponseEntity<ProblemDetail> forbidden(AccessDeniedException e) {
    ProblemDetail problem = problems.create(HttpStatus.FORBIDDEN, "forbidden", "error.forbidden", new Object[0],
        LocaleContextHolder.getLocale());
    return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem);
  }

  @ExceptionHandler(ConstraintViolationException.class)
  ResponseEntity<ProblemDetail> constraintViolation(ConstraintViolationException e) {
    Locale locale = LocaleContextHolder.getLocale();
    ProblemDetail problem = problems.create(HttpStatus.BAD_REQUEST, "invalid-request", "error.invalid-request",
        new Object[0], locale);
    problem.setProperty("errors", e.getConstraintViolations().stream()
        .map(v -> java.util.Map.of("field", lastNode(v.getPropertyPath().toString()), "message", v.getMessage()))
        .toList());
    return ResponseEntity.badRequest().body(problem);
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> unexpected(Exception e) {
    log.error("Unexpected error", e);
    ProblemDetail problem = problems.create(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "error.internal",
        new Object[0], LocaleContextHolder.getLocale());
    return ResponseEntity.internalServerError().body(problem);
  }

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    Locale locale = LocaleContextHolder.getLocale();
    ProblemDetail problem = problems.create(status, "invalid-request", "error.invalid-request", new Object[0], locale);
    List<java.util.Map<String, Object>> errors = ex.getBindingResult().getFieldErrors().stream()
        .map(f -> java.util.Map.<String, Object>of("field", f.getField(),
            "message", getMessageSource() == null ? String.valueOf(f.getDefaultMessage())
                : getMessageSource().getMessage(f, locale)))
        .toList();
    problem.setProperty("errors", errors);
    return handleExceptionInternal(ex, problem, headers, status, request);
  }

  /** Gives Spring's own problem details (bad JSON, wrong method, …) our localized title and a type. */
  @Override
  protected ResponseEntity<Object> handleExceptionInternal(Exception ex, @Nullable Object body, HttpHeaders headers,
      HttpStatusCode status, WebRequest request) {
    Locale locale = LocaleContextHolder.getLocale();
    if (body == null && ex instanceof org.springframework.web.ErrorResponse errorResponse) {
      body = errorResponse.updateAndGetBody(getMessageSource(), locale);
    }
    if (body instanceof ProblemDetail problem) {
      problem.setTitle(problems.message("problem.title." + status.value(), new Object[0], locale));
      if (problem.getType() == null || "about:blank".equals(problem.getType().toString())) {
        problem.setType(java.net.URI.create(Problems.TYPE_BASE + "http-" + status.value()));
      }
    }
    return super.handleExceptionInternal(ex, body, headers, status, request);
  }

  private static String lastNode(String path) {
    int dot = path.lastIndexOf('.');
    return dot < 0 ? path : path.substring(dot + 1);
  }
}

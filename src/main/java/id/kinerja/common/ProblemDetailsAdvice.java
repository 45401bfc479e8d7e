package id.kinerja.common;

import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
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
  private final int maxParts;

  /** @param maxParts Tomcat's limit of parts in one multipart request ({@code server.tomcat.max-part-count}) */
  ProblemDetailsAdvice(Problems problems, @Value("${server.tomcat.max-part-count:100}") int maxParts) {
    this.problems = problems;
    this.maxParts = maxParts;
  }

  @ExceptionHandler(ValidationFailedException.class)
  ResponseEntity<ProblemDetail> validationFailed(ValidationFailedException e) {
    return ResponseEntity.status(e.status()).body(problems.of(e, LocaleContextHolder.getLocale()));
  }

  @ExceptionHandler(ApiException.class)
  ResponseEntity<ProblemDetail> refused(ApiException e) {
    return ResponseEntity.status(e.status()).body(problems.of(e, LocaleContextHolder.getLocale()));
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

  /**
   * The loser of two concurrent changes (two approvals of one task, an edit racing a submit): Camunda's
   * OptimisticLockingException or JPA's optimistic locking failure, wherever in the cause chain → 409.
   */
  @ExceptionHandler({org.camunda.bpm.engine.OptimisticLockingException.class,
      org.springframework.dao.OptimisticLockingFailureException.class})
  ResponseEntity<ProblemDetail> concurrentChange(Exception e) {
    log.info("Concurrent change refused: {}", e.toString());
    ProblemDetail problem = problems.create(HttpStatus.CONFLICT, "concurrent-change", "error.concurrent-change",
        new Object[0], LocaleContextHolder.getLocale());
    return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
  }

  /** A multipart body that cannot be parsed (a truncated boundary, a broken part header) is the client's → 400. */
  @ExceptionHandler(org.springframework.web.multipart.MultipartException.class)
  ResponseEntity<ProblemDetail> unreadableMultipart(org.springframework.web.multipart.MultipartException e) {
    if (isPartCountExceeded(e)) {
      return tooManyParts();
    }
    ProblemDetail problem = problems.create(HttpStatus.BAD_REQUEST, "multipart-invalid", "input.multipart-invalid",
        new Object[0], LocaleContextHolder.getLocale());
    return ResponseEntity.badRequest().body(problem);
  }

  @Override
  protected ResponseEntity<Object> handleMaxUploadSizeExceededException(
      org.springframework.web.multipart.MaxUploadSizeExceededException ex, HttpHeaders headers,
      HttpStatusCode status, WebRequest request) {
    if (isPartCountExceeded(ex)) {
      return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(tooManyParts().getBody());
    }
    ProblemDetail problem = problems.create(HttpStatus.PAYLOAD_TOO_LARGE, "upload-too-large",
        "input.upload-too-large", new Object[0], LocaleContextHolder.getLocale());
    return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(problem);
  }

  private ResponseEntity<ProblemDetail> tooManyParts() {
    ProblemDetail problem = problems.create(HttpStatus.PAYLOAD_TOO_LARGE, "too-many-parts", "input.too-many-parts",
        new Object[] {maxParts}, LocaleContextHolder.getLocale());
    return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(problem);
  }

  /** A body Jackson refused while reading it (bounds, strict types, NUL, null elements) → 400 naming the field. */
  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      org.springframework.http.converter.HttpMessageNotReadableException ex, HttpHeaders headers,
      HttpStatusCode status, WebRequest request) {
    Optional<Violation> refused = JsonRefusals.of(ex);
    if (refused.isEmpty()) {
      return super.handleHttpMessageNotReadable(ex, headers, status, request);
    }
    ResponseEntity<ProblemDetail> answer = validationFailed(
        new ValidationFailedException("error.invalid-request", List.of(refused.get())));
    return ResponseEntity.status(answer.getStatusCode()).body(answer.getBody());
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> unexpected(Exception e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof org.camunda.bpm.engine.OptimisticLockingException
          || cause instanceof org.springframework.dao.OptimisticLockingFailureException
          || isUniqueViolation(cause)) {
        return concurrentChange(e);
      }
    }
    log.error("Unexpected error", e);
    ProblemDetail problem = problems.create(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "error.internal",
        new Object[0], LocaleContextHolder.getLocale());
    return ResponseEntity.internalServerError().body(problem);
  }

  /**
   * An unknown address: handed to the container's error page, which answers a browser with an Indonesian page
   * ({@code templates/error/4xx.html}) and everyone else with problem details ({@link ProblemErrorController}).
   */
  @Override
  protected ResponseEntity<Object> handleNoResourceFoundException(
      org.springframework.web.servlet.resource.NoResourceFoundException ex, HttpHeaders headers,
      HttpStatusCode status, WebRequest request) {
    if (request instanceof org.springframework.web.context.request.ServletWebRequest servlet
        && servlet.getResponse() != null) {
      try {
        servlet.getResponse().sendError(HttpStatus.NOT_FOUND.value());
        return null;
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    return super.handleNoResourceFoundException(ex, headers, status, request);
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

  /**
   * A unique key refused the second of two concurrent first inserts (two HR officers setting one budget, issue 20):
   * the same answer as an optimistic-locking loser. SQLState 23505 on PostgreSQL and H2 alike; rules that a single
   * request could break are checked before storing, so what reaches the key is a race.
   */
  private static boolean isUniqueViolation(Throwable cause) {
    return cause instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState());
  }

  private static boolean isPartCountExceeded(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof org.apache.tomcat.util.http.fileupload.impl.FileCountLimitExceededException) {
        return true;
      }
    }
    return false;
  }

  private static String lastNode(String path) {
    int dot = path.lastIndexOf('.');
    return dot < 0 ? path : path.substring(dot + 1);
  }
}

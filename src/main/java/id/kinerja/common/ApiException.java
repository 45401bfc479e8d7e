package id.kinerja.common;

import org.springframework.http.HttpStatus;

/**
 * A refusal the API explains to its caller. The text comes from messages_id / messages_en under
 * {@code messageKey}; {@link ProblemDetailsAdvice} turns it into RFC 7807 problem details.
 */
public class ApiException extends RuntimeException {

  private final HttpStatus status;
  private final String messageKey;
  private final transient Object[] args;

  public ApiException(HttpStatus status, String messageKey, Object... args) {
    super(messageKey);
    this.status = status;
    this.messageKey = messageKey;
    this.args = args;
  }

  public HttpStatus status() {
    return status;
  }

  public String messageKey() {
    return messageKey;
  }

  public Object[] args() {
    return args;
  }

  public static ApiException notFound(String messageKey, Object... args) {
    return new ApiException(HttpStatus.NOT_FOUND, messageKey, args);
  }

  public static ApiException forbidden(String messageKey, Object... args) {
    return new ApiException(HttpStatus.FORBIDDEN, messageKey, args);
  }

  public static ApiException badRequest(String messageKey, Object... args) {
    return new ApiException(HttpStatus.BAD_REQUEST, messageKey, args);
  }

  public static ApiException conflict(String messageKey, Object... args) {
    return new ApiException(HttpStatus.CONFLICT, messageKey, args);
  }
}

package id.kinerja.common;

import java.util.List;
import org.springframework.http.HttpStatus;

/** A request refused because of one or more broken rules; every violation is reported, not only the first. */
public class ValidationFailedException extends ApiException {

  private final transient List<Violation> violations;

  public ValidationFailedException(String messageKey, List<Violation> violations, Object... args) {
    this(HttpStatus.BAD_REQUEST, messageKey, violations, args);
  }

  /** With another status than 400, e.g. 422 for a well-formed request whose content breaks rules. */
  public ValidationFailedException(HttpStatus status, String messageKey, List<Violation> violations,
      Object... args) {
    super(status, messageKey, args);
    this.violations = List.copyOf(violations);
  }

  public List<Violation> violations() {
    return violations;
  }
}

package id.kinerja.common;

import java.util.List;
import org.springframework.http.HttpStatus;

/** A request refused because of one or more broken rules; every violation is reported, not only the first. */
public class ValidationFailedException extends ApiException {

  private final transient List<Violation> violations;

  public ValidationFailedException(String messageKey, List<Violation> violations, Object... args) {
    super(HttpStatus.BAD_REQUEST, messageKey, args);
    this.violations = List.copyOf(violations);
  }

  public List<Violation> violations() {
    return violations;
  }
}

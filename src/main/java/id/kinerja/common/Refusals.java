package id.kinerja.common;

import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Runs a step of a task listener and turns Kinerja's refusal into a message Tasklist shows. The engine wraps the
 * refusal in its own English texts (ENGINE-03051 …); the refusal is therefore also kept on the HTTP request that
 * submitted the form, where {@code webapp.TaskRefusalResponses} finds it and answers with the reasons only.
 */
@Component
public class Refusals {

  private static final Locale INDONESIAN = Locale.forLanguageTag("id");

  private static final String REQUEST_ATTRIBUTE = Refusals.class.getName() + ".refusal";

  private final Problems problems;

  Refusals(Problems problems) {
    this.problems = problems;
  }

  public void run(Runnable step) {
    try {
      step.run();
    } catch (ApiException e) {
      RequestAttributes request = RequestContextHolder.getRequestAttributes();
      if (request != null) {
        request.setAttribute(REQUEST_ATTRIBUTE, e, RequestAttributes.SCOPE_REQUEST);
      }
      throw new TaskRefusedException(problems.explain(e, INDONESIAN), e);
    }
  }

  /** The refusal of a task listener during this HTTP request, if there was one. */
  public static Optional<ApiException> of(jakarta.servlet.http.HttpServletRequest request) {
    return request.getAttribute(REQUEST_ATTRIBUTE) instanceof ApiException refusal ? Optional.of(refusal)
        : Optional.empty();
  }
}

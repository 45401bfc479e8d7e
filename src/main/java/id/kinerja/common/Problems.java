package id.kinerja.common;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/** The one place that builds localized RFC 7807 problem details (Bahasa Indonesia unless English is asked for). */
@Component
public class Problems {

  static final String TYPE_BASE = "https://kinerja.id/problems/";

  private final MessageSource messages;

  Problems(MessageSource messages) {
    this.messages = messages;
  }

  public ProblemDetail create(HttpStatusCode status, String type, String messageKey, Object[] args, Locale locale) {
    ProblemDetail problem = ProblemDetail.forStatus(status);
    problem.setType(URI.create(TYPE_BASE + type));
    problem.setTitle(message("problem.title." + status.value(), new Object[0], locale));
    problem.setDetail(message(messageKey, args, locale));
    return problem;
  }

  /** A refusal as problem details: its message, and for a validation failure every violation under {@code errors}. */
  public ProblemDetail of(ApiException e, Locale locale) {
    ProblemDetail problem = create(e.status(), typeOf(e.messageKey()), e.messageKey(), e.args(), locale);
    if (e instanceof ValidationFailedException failed) {
      problem.setProperty("errors", describe(failed.violations(), locale));
    }
    return problem;
  }

  /**
   * Writes a problem as the whole answer of a servlet filter or error handler (outside Spring MVC's message
   * converters): its status, {@code application/problem+json} in UTF-8, the JSON body.
   */
  public static void write(jakarta.servlet.http.HttpServletResponse response, ProblemDetail problem,
      com.fasterxml.jackson.databind.ObjectMapper json) throws java.io.IOException {
    response.setStatus(problem.getStatus());
    response.setContentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    json.writeValue(response.getOutputStream(), problem);
  }

  public List<Map<String, Object>> describe(List<Violation> violations, Locale locale) {
    return violations.stream().map(v -> {
      Map<String, Object> error = new LinkedHashMap<>();
      if (v.row() != null) {
        error.put("row", v.row());
      }
      error.put("field", v.field());
      error.put("message", message(v.messageKey(), v.args(), locale));
      return error;
    }).toList();
  }

  /** The whole refusal as one sentence list, for places that show plain text (Tasklist, logs). */
  public String explain(ApiException e, Locale locale) {
    StringBuilder text = new StringBuilder(message(e.messageKey(), e.args(), locale));
    if (e instanceof ValidationFailedException failed) {
      for (Violation v : failed.violations()) {
        text.append("\n- ").append(message(v.messageKey(), v.args(), locale));
      }
    }
    return text.toString();
  }

  public String message(String key, Object[] args, Locale locale) {
    return messages.getMessage(key, plain(args), key, locale);
  }

  /**
   * Numbers as they are written (2026, not "2.026"; 12.5, not "12,5"): message arguments are years, counts, ids and
   * amounts that people copy, so locale grouping would only mislead.
   */
  public static Object[] plain(Object[] args) {
    if (args == null) {
      return new Object[0];
    }
    Object[] result = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      result[i] = args[i] instanceof java.math.BigDecimal d ? d.toPlainString()
          : args[i] instanceof Number n ? String.valueOf(n) : args[i];
    }
    return result;
  }

  /** A problem type name derived from the message key, e.g. {@code employee.not-found} → {@code employee-not-found}. */
  static String typeOf(String messageKey) {
    return messageKey.replace('.', '-');
  }
}

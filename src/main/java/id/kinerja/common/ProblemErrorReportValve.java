package id.kinerja.common;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/**
 * Tomcat's own error report, for what Tomcat refuses before any servlet runs (an encoded NUL or a broken escape in
 * the address, {@code GET /api/v1/skp/%00}): problem details for {@code /api/**}, Tomcat's plain report (without
 * server details) elsewhere. Installed by {@link ProblemErrorPages}.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

  private static final Locale INDONESIAN = Locale.forLanguageTag("id");

  private final Problems problems;
  private final ObjectMapper json;

  ProblemErrorReportValve(Problems problems, ObjectMapper json) {
    this.problems = problems;
    this.json = json;
    setShowReport(false);
    setShowServerInfo(false);
  }

  @Override
  protected void report(Request request, Response response, Throwable throwable) {
    if (response.getStatus() >= 400 && !response.isCommitted()) {
      // refused before any filter ran: the security headers the filter chains would have written (issue 20)
      response.setHeader("X-Content-Type-Options", "nosniff");
      response.setHeader("X-Frame-Options", "DENY");
      response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
      response.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'; base-uri 'none'");
    }
    String uri = request.getRequestURI();
    if (uri == null || !uri.startsWith("/api/")) {
      super.report(request, response, throwable);
      return;
    }
    int status = response.getStatus();
    if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
      return;
    }
    AtomicBoolean ioAllowed = new AtomicBoolean(false);
    response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
    if (!ioAllowed.get()) {
      return;
    }
    HttpStatus known = HttpStatus.resolve(status);
    HttpStatus answered = known == null ? HttpStatus.BAD_REQUEST : known;
    // as LocaleConfig: Indonesian unless English is asked for (Tomcat's own default would be the JVM's locale)
    boolean english = request.getHeader("Accept-Language") != null && "en".equals(request.getLocale().getLanguage());
    Locale locale = english ? Locale.ENGLISH : INDONESIAN;
    String key = answered == HttpStatus.BAD_REQUEST ? "error.unreadable-request"
        : answered.is5xxServerError() ? "error.internal" : "problem.title." + answered.value();
    ProblemDetail problem = problems.create(answered, "http-" + answered.value(), key, new Object[0], locale);
    try {
      response.setStatus(answered.value());
      response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      response.setCharacterEncoding("UTF-8");
      Writer writer = response.getReporter();
      if (writer != null) {
        writer.write(json.writeValueAsString(problem));
        response.finishResponse();
      }
    } catch (IOException | IllegalStateException e) {
      // the client is gone or the response was taken over: nothing left to report to
    }
  }
}

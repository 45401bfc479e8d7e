package id.kinerja.common;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Replaces Tomcat's HTML error report valve (and the one Spring Boot adds) with {@link ProblemErrorReportValve},
 * so that what Tomcat refuses itself under {@code /api/**} answers problem details too.
 */
@Component
class ProblemErrorPages implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

  private final Problems problems;
  private final ObjectMapper json;

  ProblemErrorPages(Problems problems, ObjectMapper json) {
    this.problems = problems;
    this.json = json;
  }

  @Override
  public void customize(TomcatServletWebServerFactory factory) {
    factory.addContextCustomizers(context -> {
      if (!(context.getParent() instanceof StandardHost host)) {
        return;
      }
      for (Valve valve : host.getPipeline().getValves()) {
        if (valve instanceof ErrorReportValve) {
          host.getPipeline().removeValve(valve);
        }
      }
      // the host adds an ErrorReportValve of this class name on start unless one is there already
      host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
      host.getPipeline().addValve(new ProblemErrorReportValve(problems, json));
    });
  }

  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }
}

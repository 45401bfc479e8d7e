package id.kinerja.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Camunda Admin's initial setup (the page {@code /camunda/app/admin/{engine}/setup/} and
 * {@code POST /camunda/api/admin/setup/{engine}/user/create}) lets anyone create the first administrator while no
 * user is in {@code camunda-admin}. It is closed in every profile, for everyone: 404. The first administrator comes
 * from the environment ({@link FirstAdministrator}) or from Keycloak (decision 30).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 30)
class ClosedCamundaSetup extends OncePerRequestFilter {

  private static final Pattern SETUP = Pattern.compile(
      "/camunda/(api/admin/setup|app/admin/[^/]+/setup)(/.*)?");

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !SETUP.matcher(RequestPaths.of(request)).matches();
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    response.sendError(HttpServletResponse.SC_NOT_FOUND);
  }
}

package id.kinerja.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.util.UrlPathHelper;

/**
 * The path of a request as the servlets behind our filters resolve it: within the application, URL-decoded,
 * without {@code ;parameters}, repeated or trailing slashes, so that {@code /camunda/api//admin/setup/} or
 * {@code %73etup} cannot slip past a rule written for {@code /camunda/api/admin/setup}.
 */
final class RequestPaths {

  private static final UrlPathHelper PATHS = new UrlPathHelper();

  static {
    PATHS.setUrlDecode(true);
    PATHS.setRemoveSemicolonContent(true);
  }

  private RequestPaths() {
  }

  static String of(HttpServletRequest request) {
    String path = PATHS.getPathWithinApplication(request).replaceAll("/{2,}", "/");
    return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }
}

package id.kinerja.portal;

import id.kinerja.common.ApiException;
import id.kinerja.common.Problems;
import id.kinerja.notification.Inbox;
import id.kinerja.organization.Employee;
import id.kinerja.organization.EmployeeAccess;
import id.kinerja.organization.Staff;
import id.kinerja.security.CurrentUser;
import id.kinerja.security.KinerjaUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every portal page has: who is looking (for the menu) and the unread notification count; and a refusal as an
 * Indonesian page with its reason (a 403 for someone else's SKP, a 404 for an unknown one), never a JSON body.
 */
@ControllerAdvice(basePackageClasses = PortalAdvice.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PortalAdvice {

  private final CurrentUser currentUser;
  private final Staff staff;
  private final EmployeeAccess access;
  private final Inbox inbox;
  private final Problems problems;

  PortalAdvice(CurrentUser currentUser, Staff staff, EmployeeAccess access, Inbox inbox, Problems problems) {
    this.currentUser = currentUser;
    this.staff = staff;
    this.access = access;
    this.inbox = inbox;
    this.problems = problems;
  }

  @ModelAttribute
  void everyPage(Model model) {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication == null || !authentication.isAuthenticated()
        || "anonymousUser".equals(authentication.getName())) {
      return;
    }
    KinerjaUser user = currentUser.get();
    String name = staff.byUsername(user.username()).map(Employee::getName).orElse(user.username());
    model.addAttribute("me", PortalUser.of(user, name, access.leadsAnyone(user.username())));
    model.addAttribute("unread", inbox.unread(user.username()));
  }

  /** A page gets the reason as a page; the daily report's script (which asks for JSON) gets problem details. */
  @ExceptionHandler(ApiException.class)
  Object refused(ApiException e, Model model, Locale locale, HttpServletRequest request,
      HttpServletResponse response) {
    if (wantsJson(request)) {
      return ResponseEntity.status(e.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
          .body(problems.of(e, locale));
    }
    everyPage(model);
    response.setStatus(e.status().value());
    model.addAttribute("status", e.status().value());
    model.addAttribute("reason", problems.explain(e, locale));
    return "portal/galat";
  }

  static boolean wantsJson(HttpServletRequest request) {
    String accept = request.getHeader("Accept");
    return accept != null && accept.contains("json") && !accept.contains("text/html");
  }

  @ExceptionHandler(AccessDeniedException.class)
  String denied(Model model, Locale locale, HttpServletResponse response) {
    everyPage(model);
    response.setStatus(HttpStatus.FORBIDDEN.value());
    model.addAttribute("status", 403);
    model.addAttribute("reason", problems.message("portal.forbidden", new Object[0], locale));
    return "portal/galat";
  }
}

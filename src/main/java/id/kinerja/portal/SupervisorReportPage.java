package id.kinerja.portal;

import id.kinerja.common.ApiException;
import id.kinerja.common.Problems;
import id.kinerja.organization.EmployeeDirectory;
import id.kinerja.organization.Staff;
import id.kinerja.security.CurrentUser;
import id.kinerja.security.KinerjaUser;
import id.kinerja.supervisorreport.SupervisorReports;
import java.util.List;
import java.util.Locale;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /app/atasan} (every employee with an employee record): who Kinerja says my pejabat penilai and atasan
 * pejabat penilai are, and why (tree, Plt./Plh., HR's correction); "Atasan saya keliru" reports it to HR
 * ({@code koreksi-atasan}); my earlier reports with HR's decision.
 */
@Controller
class SupervisorReportPage {

  private final CurrentUser currentUser;
  private final Staff staff;
  private final EmployeeDirectory directory;
  private final SupervisorReports reports;
  private final Problems problems;

  SupervisorReportPage(CurrentUser currentUser, Staff staff, EmployeeDirectory directory, SupervisorReports reports,
      Problems problems) {
    this.currentUser = currentUser;
    this.staff = staff;
    this.directory = directory;
    this.reports = reports;
    this.problems = problems;
  }

  @GetMapping("/app/atasan")
  String show(Model model) {
    return page(currentUser.get(), model, null);
  }

  @PostMapping("/app/atasan")
  String report(@RequestParam(required = false) String pesan, Model model, Locale locale) {
    KinerjaUser user = currentUser.get();
    String nip = ownNip(user);
    try {
      reports.report(nip, new SupervisorReports.Report(pesan), user);
      return "redirect:/app/atasan?terkirim";
    } catch (ApiException e) {
      model.addAttribute("reasons", List.of(problems.explain(e, locale).split("\n- ")));
      if (org.springframework.web.context.request.RequestContextHolder.getRequestAttributes()
          instanceof org.springframework.web.context.request.ServletRequestAttributes attributes
          && attributes.getResponse() != null) {
        attributes.getResponse().setStatus(e.status().value());
      }
      return page(user, model, pesan);
    }
  }

  private String page(KinerjaUser user, Model model, String message) {
    model.addAttribute("employee", directory.byNip(user, ownNip(user)));
    model.addAttribute("reports", reports.mine(user));
    model.addAttribute("pesan", message);
    return "portal/atasan";
  }

  private String ownNip(KinerjaUser user) {
    return staff.byUsername(user.username()).map(e -> e.getNip())
        .orElseThrow(() -> new AccessDeniedException("no employee record"));
  }
}

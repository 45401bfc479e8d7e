package id.kinerja.portal;

import id.kinerja.report.Dashboards;
import id.kinerja.report.MethodReview;
import id.kinerja.report.ProcessDiagrams;
import id.kinerja.report.ReportScope;
import id.kinerja.security.CurrentUser;
import id.kinerja.security.EditorContentSecurityPolicy;
import id.kinerja.security.KinerjaUser;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /app/dasbor/...}: the dashboards of issue 19 as pages (HR every unit, heads the units they lead, others the
 * 403 page), each chart drawn by {@code dasbor.js} from the table printed beneath it (no inline script). The figures
 * are {@link Dashboards}' — the same as {@code /api/v1/dashboards/...}. Without {@code year} a page shows this year.
 */
@Controller
class DashboardPages {

  private final Dashboards dashboards;
  private final ReportScope scope;
  private final CurrentUser currentUser;
  private final Clock clock;
  private final MethodReview review;
  private final ProcessDiagrams diagrams;

  DashboardPages(Dashboards dashboards, ReportScope scope, CurrentUser currentUser, Clock clock, MethodReview review,
      ProcessDiagrams diagrams) {
    this.review = review;
    this.diagrams = diagrams;
    this.dashboards = dashboards;
    this.scope = scope;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  @GetMapping("/app/dasbor")
  String index(@RequestParam(required = false) String year, Model model) {
    KinerjaUser user = currentUser.get();
    scope.requireReader(user);
    model.addAttribute("year", year(year));
    model.addAttribute("hr", user.has(id.kinerja.security.Role.HR));
    return "portal/dasbor/indeks";
  }

  @GetMapping("/app/dasbor/progres")
  String progress(@RequestParam(required = false) String year, Model model) {
    model.addAttribute("progress", dashboards.progress(currentUser.get(), year(year)));
    return "portal/dasbor/progres";
  }

  @GetMapping("/app/dasbor/hambatan")
  String bottlenecks(Model model, HttpServletResponse response) {
    KinerjaUser user = currentUser.get();
    model.addAttribute("bottlenecks", dashboards.bottlenecks(user));
    model.addAttribute("names", diagrams.names(user));
    // the heat view's bpmn-js renders style attributes (decision 94)
    response.setHeader(EditorContentSecurityPolicy.HEADER, EditorContentSecurityPolicy.POLICY);
    return "portal/dasbor/hambatan";
  }

  /** The BPMN of a process's latest version, drawn by the heat view. */
  @GetMapping("/app/dasbor/hambatan/diagram/{key}")
  ResponseEntity<byte[]> diagram(@PathVariable String key) {
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML)
        .body(diagrams.latest(currentUser.get(), key).bpmn());
  }

  @GetMapping("/app/dasbor/distribusi")
  String distribution(@RequestParam(required = false) String year, Model model) {
    model.addAttribute("distribution", dashboards.distribution(currentUser.get(), year(year)));
    return "portal/dasbor/distribusi";
  }

  @GetMapping("/app/dasbor/ikm")
  String ikm(@RequestParam(required = false) String year, Model model) {
    String y = year(year);
    model.addAttribute("rows", dashboards.ikm(currentUser.get(), y));
    model.addAttribute("year", y);
    return "portal/dasbor/ikm";
  }

  @GetMapping("/app/dasbor/tindak-lanjut")
  String followUp(@RequestParam(required = false) String year, Model model) {
    model.addAttribute("followUp", dashboards.followUp(currentUser.get(), year(year)));
    return "portal/dasbor/tindak-lanjut";
  }

  @GetMapping("/app/dasbor/penilai")
  String raters(@RequestParam(required = false) String year, Model model) {
    model.addAttribute("raters", dashboards.raters(currentUser.get(), year(year)));
    return "portal/dasbor/penilai";
  }

  @GetMapping("/app/dasbor/tinjauan-tahunan")
  String yearlyReview(@RequestParam(required = false) String year, Model model) {
    KinerjaUser user = currentUser.get();
    scope.requireHr(user);
    String y = year(year);
    model.addAttribute("year", y);
    model.addAttribute("progress", dashboards.progress(user, y));
    model.addAttribute("distribution", dashboards.distribution(user, y));
    model.addAttribute("raters", dashboards.raters(user, y));
    model.addAttribute("followUp", dashboards.followUp(user, y));
    model.addAttribute("bottlenecks", dashboards.bottlenecks(user));
    model.addAttribute("ikm", dashboards.ikm(user, y));
    return "portal/dasbor/tinjauan-tahunan";
  }

  /** The same PDF as {@code /api/v1/reports/tinjauan-tahunan.pdf}, for the portal's session login. */
  @GetMapping(path = "/app/dasbor/tinjauan-tahunan.pdf", produces = "application/pdf")
  org.springframework.http.ResponseEntity<byte[]> yearlyReviewPdf(@RequestParam(required = false) String year) {
    MethodReview.Rendered rendered = review.render(currentUser.get(), year(year));
    return org.springframework.http.ResponseEntity.ok()
        .header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename=\"tinjauan-tahunan-" + rendered.year() + ".pdf\"")
        .body(rendered.pdf());
  }

  private String year(String year) {
    return PortalYear.orThisYear(year, clock);
  }
}

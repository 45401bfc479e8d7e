package id.kinerja.portal;

import id.kinerja.common.ApiException;
import id.kinerja.common.Problems;
import id.kinerja.report.DocumentArchives;
import id.kinerja.report.ReportScope;
import id.kinerja.security.CurrentUser;
import id.kinerja.security.KinerjaUser;
import java.time.Clock;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /app/dasbor/dokumen}: all dokumen evaluasi of an organisation and year as one ZIP (HR every OPD, a head the
 * units they lead), made in the background by {@link DocumentArchives}; the job's page shows a progress bar that
 * refreshes itself (a meta refresh, no script) until the file can be downloaded. Any node serves it (decision 116).
 */
@Controller
class DocumentArchivePages {

  private final DocumentArchives archives;
  private final ReportScope scope;
  private final CurrentUser currentUser;
  private final Problems problems;
  private final Clock clock;

  DocumentArchivePages(DocumentArchives archives, ReportScope scope, CurrentUser currentUser, Problems problems,
      Clock clock) {
    this.archives = archives;
    this.scope = scope;
    this.currentUser = currentUser;
    this.problems = problems;
    this.clock = clock;
  }

  @GetMapping("/app/dasbor/dokumen")
  String form(@RequestParam(required = false) String year, Model model) {
    return form(currentUser.get(), year, null, null, model);
  }

  @PostMapping("/app/dasbor/dokumen")
  String start(@RequestParam(required = false) String year, @RequestParam(required = false) String organisationCode,
      Model model, Locale locale) {
    KinerjaUser user = currentUser.get();
    scope.requireReader(user);
    try {
      return "redirect:/app/dasbor/dokumen/" + archives.start(user, year, organisationCode).id();
    } catch (ApiException e) {
      if (e.status() != org.springframework.http.HttpStatus.BAD_REQUEST) {
        throw e;
      }
      return form(user, year, organisationCode, problems.explain(e, locale), model);
    }
  }

  @GetMapping("/app/dasbor/dokumen/{id}")
  String job(@PathVariable String id, Model model) {
    model.addAttribute("job", archives.progress(currentUser.get(), id));
    return "portal/dasbor/dokumen-proses";
  }

  @GetMapping("/app/dasbor/dokumen/{id}/unduh")
  ResponseEntity<byte[]> download(@PathVariable String id) {
    KinerjaUser user = currentUser.get();
    byte[] zip = archives.download(user, id);
    return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/zip"))
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + archives.fileName(user, id) + "\"")
        .body(zip);
  }

  private String form(KinerjaUser user, String year, String organisationCode, String refusal, Model model) {
    model.addAttribute("choices", archives.choices(user));
    model.addAttribute("year", PortalYear.orThisYear(year, clock));
    model.addAttribute("organisationCode", organisationCode);
    model.addAttribute("refusal", refusal);
    return "portal/dasbor/dokumen";
  }
}

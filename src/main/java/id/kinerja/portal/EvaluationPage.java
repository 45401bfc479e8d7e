package id.kinerja.portal;

import id.kinerja.evaluation.EvaluationDocument;
import id.kinerja.evaluation.EvaluationService;
import id.kinerja.evaluation.EvaluationStatus;
import id.kinerja.evaluation.EvaluationView;
import id.kinerja.security.CurrentUser;
import id.kinerja.security.KinerjaUser;
import java.time.Clock;
import java.time.LocalDate;
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
 * {@code /app/evaluasi/{id}}: the result (capaian per RHK and indicator, ratings, predikat, the supervisor's notes,
 * the final approval), the dokumen evaluasi as PDF, and — inside the window, for the employee — the objection form.
 * The objection goes through the same {@link EvaluationService#object} as the API (window, once, reasons).
 */
@Controller
class EvaluationPage {

  private final CurrentUser currentUser;
  private final EvaluationService evaluations;
  private final EvaluationDocument documents;
  private final Clock clock;

  EvaluationPage(CurrentUser currentUser, EvaluationService evaluations, EvaluationDocument documents, Clock clock) {
    this.currentUser = currentUser;
    this.evaluations = evaluations;
    this.documents = documents;
    this.clock = clock;
  }

  @GetMapping("/app/evaluasi")
  String list(@RequestParam(required = false) Integer year, Model model) {
    int shown = year != null ? year : LocalDate.now(clock).getYear();
    model.addAttribute("year", shown);
    model.addAttribute("evaluations", evaluations.list(currentUser.get(), shown));
    return "portal/evaluasi-daftar";
  }

  @GetMapping("/app/evaluasi/{id}")
  String show(@PathVariable long id, Model model) {
    KinerjaUser user = currentUser.get();
    EvaluationView evaluation = evaluations.view(id, user);
    boolean mine = user.username().equals(evaluations.skpOf(evaluation.skpId()).employeeUsername());
    LocalDate today = LocalDate.now(clock);
    model.addAttribute("evaluation", evaluation);
    model.addAttribute("mine", mine);
    model.addAttribute("mayObject", mine && evaluation.status() == EvaluationStatus.PUBLISHED
        && evaluation.objectionDeadline() != null && !evaluation.objectionDeadline().isBefore(today)
        && evaluation.objectionReasons() == null);
    model.addAttribute("hasDocument", evaluation.publishedAt() != null);
    return "portal/evaluasi";
  }

  @PostMapping("/app/evaluasi/{id}/keberatan")
  String object(@PathVariable long id, @RequestParam(required = false) String reasons) {
    evaluations.object(id, reasons, currentUser.get());
    return "redirect:/app/evaluasi/" + id + "?keberatan";
  }

  @GetMapping("/app/evaluasi/{id}/dokumen.pdf")
  ResponseEntity<byte[]> document(@PathVariable long id) {
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"evaluasi-kinerja-" + id + ".pdf\"")
        .body(documents.render(id, currentUser.get()));
  }
}

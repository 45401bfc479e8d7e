package id.kinerja.portal;

import id.kinerja.cycle.CycleService;
import id.kinerja.cycle.CycleView;
import id.kinerja.evaluation.EvaluationProgress;
import id.kinerja.security.CurrentUser;
import id.kinerja.security.KinerjaUser;
import id.kinerja.security.Role;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * {@code /app/hr} (HR only): the cycles with their opening progress (SKP planning started out of the employees in
 * scope) and failures, the evaluations' progress per cycle and period (a cycle is opened per OPD), and the ways into
 * the organisation data, the import and the dashboards. {@code /app/hr/siklus/{id}}: a cycle's failures, and a retry.
 */
@Controller
class HrPage {

  private final CurrentUser currentUser;
  private final CycleService cycles;
  private final EvaluationProgress evaluations;

  HrPage(CurrentUser currentUser, CycleService cycles, EvaluationProgress evaluations) {
    this.currentUser = currentUser;
    this.cycles = cycles;
    this.evaluations = evaluations;
  }

  /** HR, or the Indonesian 403 page. */
  static KinerjaUser requireHr(CurrentUser currentUser) {
    KinerjaUser user = currentUser.get();
    if (!user.has(Role.HR)) {
      throw new AccessDeniedException("HR only");
    }
    return user;
  }

  @GetMapping("/app/hr")
  String show(Model model) {
    KinerjaUser user = requireHr(currentUser);
    List<CycleView> all = cycles.list().stream()
        .sorted(Comparator.comparing(CycleView::year).reversed().thenComparing(CycleView::unitCode)).toList();
    Map<Long, List<EvaluationProgress.Period>> progress = evaluations.byCycle(user);
    model.addAttribute("cycles", all);
    model.addAttribute("evaluations", progress);
    return "portal/hr";
  }

  @GetMapping("/app/hr/siklus/{id}")
  String cycle(@PathVariable long id, Model model) {
    KinerjaUser user = requireHr(currentUser);
    model.addAttribute("cycle", cycles.view(id));
    model.addAttribute("evaluations", evaluations.byCycle(user).getOrDefault(id, List.of()));
    return "portal/hr-siklus";
  }

  @PostMapping("/app/hr/siklus/{id}/ulang")
  String retry(@PathVariable long id) {
    KinerjaUser user = requireHr(currentUser);
    CycleService.Opened retried = cycles.retry(id, user.username());
    return "redirect:/app/hr/siklus/" + id + (retried.created() ? "?diulang" : "?tanpa-ulang");
  }
}

package id.kinerja.portal;

import id.kinerja.evaluation.EvaluationService;
import id.kinerja.evaluation.EvaluationStatus;
import id.kinerja.evaluation.EvaluationView;
import id.kinerja.planning.SkpService;
import id.kinerja.planning.SkpSummary;
import id.kinerja.planning.SkpView;
import id.kinerja.progress.CheckInService;
import id.kinerja.progress.RealisationService;
import id.kinerja.progress.RealisationView;
import id.kinerja.security.CurrentUser;
import id.kinerja.security.KinerjaUser;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /app/beranda}: my open tasks (links into Tasklist), my SKPs and their status, what is due (indicators
 * without an entry this week, the next dialog kinerja, an open objection window) and the latest feedback. {@code /}
 * and {@code /app} lead here.
 */
@Controller
class HomePage {

  private final CurrentUser currentUser;
  private final OpenTasks openTasks;
  private final SkpService skps;
  private final RealisationService realisations;
  private final EvaluationService evaluations;
  private final CheckInService checkIns;
  private final MySkp mySkp;
  private final Clock clock;

  HomePage(CurrentUser currentUser, OpenTasks openTasks, SkpService skps, RealisationService realisations,
      EvaluationService evaluations, CheckInService checkIns, MySkp mySkp, Clock clock) {
    this.mySkp = mySkp;
    this.currentUser = currentUser;
    this.openTasks = openTasks;
    this.skps = skps;
    this.realisations = realisations;
    this.evaluations = evaluations;
    this.checkIns = checkIns;
    this.clock = clock;
  }

  @GetMapping({"/", "/app", "/app/"})
  String root() {
    return "redirect:/app/beranda";
  }

  @GetMapping("/app/beranda")
  String home(Model model) {
    KinerjaUser user = currentUser.get();
    LocalDate today = LocalDate.now(clock);
    int year = today.getYear();
    List<SkpSummary> mine = skps.mine(user, year);
    model.addAttribute("today", today);
    model.addAttribute("year", year);
    model.addAttribute("tasks", openTasks.of(user.username()));
    model.addAttribute("skps", mine);
    Optional<SkpView> inForce = mySkp.inForce(user, year);
    model.addAttribute("inForce", inForce.orElse(null));
    List<Due> due = new ArrayList<>();
    List<Feedback> feedback = new ArrayList<>();
    inForce.ifPresent(skp -> {
      List<RealisationView> entries = realisations.list(skp.id(), user);
      LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      Set<Long> reportedThisWeek = entries.stream().filter(r -> !r.date().isBefore(monday))
          .map(RealisationView::indicatorId).collect(Collectors.toSet());
      skp.rhk().forEach(rhk -> rhk.indicators().stream()
          .filter(i -> i.ikmUnitCode() == null && !reportedThisWeek.contains(i.id()))
          .forEach(i -> due.add(Due.noEntryThisWeek(i.text(), skp.id(), i.id()))));
      if (skp.cycleId() != null) {
        checkIns.next(skp.cycleId(), year).ifPresent(next -> due.add(Due.checkIn(next.date())));
      }
      entries.forEach(r -> r.comments().forEach(c -> feedback.add(new Feedback(c.author(), c.text(),
          c.createdAt(), r.date(), skp.id()))));
    });
    Set<Long> mySkpIds = mine.stream().map(SkpSummary::id).collect(Collectors.toSet());
    for (EvaluationView e : evaluations.list(user, year)) {
      boolean mineToObject = mySkpIds.contains(e.skpId())
          && e.status() == EvaluationStatus.PUBLISHED && e.objectionDeadline() != null
          && !e.objectionDeadline().isBefore(today) && e.objectionReasons() == null;
      if (mineToObject) {
        due.add(Due.objection(e.id(), e.objectionDeadline()));
      }
    }
    feedback.sort(Comparator.comparing(Feedback::createdAt).reversed());
    model.addAttribute("due", due);
    model.addAttribute("feedback", feedback.stream().limit(5).toList());
    return "portal/beranda";
  }

  /** Something waiting for me; {@code kind} selects the sentence on the page. */
  record Due(String kind, String text, LocalDate date, String href) {

    static Due noEntryThisWeek(String indicator, long skpId, long indicatorId) {
      return new Due("entry", indicator, null, "/app/laporan?indikator=" + indicatorId);
    }

    static Due checkIn(LocalDate date) {
      return new Due("check-in", null, date, null);
    }

    static Due objection(long evaluationId, LocalDate until) {
      return new Due("objection", null, until, "/app/evaluasi/" + evaluationId + "#keberatan");
    }
  }

  record Feedback(String author, String text, java.time.Instant createdAt, LocalDate entryDate, long skpId) {
  }
}

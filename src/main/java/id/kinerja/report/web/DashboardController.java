package id.kinerja.report.web;

import id.kinerja.report.Dashboards;
import id.kinerja.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Dasbor", description = "Dashboard figures (HR: every unit; heads: the units they lead)")
class DashboardController {

  private final Dashboards dashboards;
  private final CurrentUser currentUser;

  DashboardController(Dashboards dashboards, CurrentUser currentUser) {
    this.dashboards = dashboards;
    this.currentUser = currentUser;
  }

  @GetMapping("/api/v1/dashboards/progress")
  @Operation(summary = "Cycle progress per OPD and unit: SKP by status, indicators with an entry this month, "
      + "evaluations by step, open and overdue tasks")
  Dashboards.Progress progress(@RequestParam(required = false) String year) {
    return dashboards.progress(currentUser.get(), year);
  }

  @GetMapping("/api/v1/dashboards/bottlenecks")
  @Operation(summary = "Open tasks per task definition and unit, completed tasks' median and p90, slowest assignees")
  Dashboards.Bottlenecks bottlenecks() {
    return dashboards.bottlenecks(currentUser.get());
  }

  @GetMapping("/api/v1/dashboards/distribution")
  @Operation(summary = "Per OPD: its predikat, curve status and the employees' predikat")
  Dashboards.Distribution distribution(@RequestParam(required = false) String year) {
    return dashboards.distribution(currentUser.get(), year);
  }

  @GetMapping("/api/v1/dashboards/ikm")
  @Operation(summary = "IKM per service unit and quarter of a year")
  List<Dashboards.IkmRow> ikm(@RequestParam(required = false) String year) {
    return dashboards.ikm(currentUser.get(), year);
  }

  @GetMapping("/api/v1/dashboards/follow-up")
  @Operation(summary = "Coaching started in a year by status, share improved")
  Dashboards.FollowUp followUp(@RequestParam(required = false) String year) {
    return dashboards.followUp(currentUser.get(), year);
  }

  @GetMapping("/api/v1/dashboards/raters")
  @Operation(summary = "Per supervisor: predikat given vs the organisation's, overrides, objections upheld")
  Dashboards.Raters raters(@RequestParam(required = false) String year) {
    return dashboards.raters(currentUser.get(), year);
  }
}

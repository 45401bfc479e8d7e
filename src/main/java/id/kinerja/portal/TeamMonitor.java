package id.kinerja.portal;

import id.kinerja.organization.TeamScope;
import id.kinerja.planning.SkpService;
import id.kinerja.planning.SkpStatus;
import id.kinerja.planning.TeamSkp;
import id.kinerja.progress.ProgressService;
import id.kinerja.progress.SkpProgress;
import id.kinerja.security.KinerjaUser;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * The lines of the team monitor (decision 88): who is on the team ({@link TeamScope}), their SKPs of the year in bulk
 * ({@link SkpService#ofEmployees}) and the progress of the SKPs in force in bulk ({@link ProgressService#summaries}) —
 * a fixed number of queries for 5 or 2,000 people, nothing loaded per person.
 */
@Component
class TeamMonitor {

  private final TeamScope scope;
  private final SkpService skps;
  private final ProgressService progress;

  TeamMonitor(TeamScope scope, SkpService skps, ProgressService progress) {
    this.scope = scope;
    this.skps = skps;
    this.progress = progress;
  }

  /** The monitor as shown: the team's scope and one line per person. */
  record Monitor(TeamScope.Team team, int year, List<Line> lines, long pendingReviews) {
  }

  /**
   * One person: their SKP of the year (null: none yet), the progress of the one in force (null: none agreed), and
   * whether their SKP waits for the viewer's review (submitted, and the viewer is their supervisor).
   */
  record Line(TeamScope.Member member, TeamSkp skp, SkpProgress progress, boolean pendingReview) {
  }

  Monitor of(KinerjaUser user, String unitCode, int year) {
    TeamScope.Team team = scope.of(user, unitCode);
    Map<Long, TeamSkp> skpOf = skps.ofEmployees(team.members().stream().map(TeamScope.Member::employeeId).toList(),
        year);
    Map<Long, SkpProgress> progressOf = progress.summaries(skpOf.values().stream().map(TeamSkp::inForceId)
        .filter(Objects::nonNull).toList());
    List<Line> lines = team.members().stream().map(m -> {
      TeamSkp skp = skpOf.get(m.employeeId());
      SkpProgress p = skp == null || skp.inForceId() == null ? null : progressOf.get(skp.inForceId());
      boolean pending = m.direct() && skp != null && skp.latestStatus() == SkpStatus.SUBMITTED;
      return new Line(m, skp, p, pending);
    }).toList();
    return new Monitor(team, year, lines, lines.stream().filter(Line::pendingReview).count());
  }
}

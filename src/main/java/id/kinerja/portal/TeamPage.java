package id.kinerja.portal;

import id.kinerja.common.ApiException;
import id.kinerja.organization.TeamScope;
import id.kinerja.planning.SkpService;
import id.kinerja.planning.SkpView;
import id.kinerja.planning.TeamSkp;
import id.kinerja.progress.ProgressService;
import id.kinerja.progress.RealisationService;
import id.kinerja.progress.RealisationView;
import id.kinerja.security.CurrentUser;
import id.kinerja.security.KinerjaUser;
import java.time.Clock;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * {@code /app/tim}: the team monitor of a supervisor (direct subordinates) or head (the whole subtree, with a unit
 * filter): per person SKP status, weighted capaian, status against the pace, last entry, pending review. The table's
 * rows come again from {@code /app/tim/baris} every 15 seconds ({@code tim.js}), so new entries appear without a
 * reload. {@code /app/tim/{nip}}: one person's realisations with evidence, and feedback on each;
 * {@code /app/tim/kaskade}: how the direct subordinates' RHK support mine. Who may see what: {@link TeamScope}.
 */
@Controller
class TeamPage {

  private final CurrentUser currentUser;
  private final TeamMonitor monitor;
  private final TeamScope scope;
  private final SkpService skps;
  private final ProgressService progress;
  private final RealisationService realisations;
  private final MySkp mySkp;
  private final Clock clock;

  TeamPage(CurrentUser currentUser, TeamMonitor monitor, TeamScope scope, SkpService skps, ProgressService progress,
      RealisationService realisations, MySkp mySkp, Clock clock) {
    this.currentUser = currentUser;
    this.monitor = monitor;
    this.scope = scope;
    this.skps = skps;
    this.progress = progress;
    this.realisations = realisations;
    this.mySkp = mySkp;
    this.clock = clock;
  }

  @GetMapping("/app/tim")
  String show(@RequestParam(required = false) String unit, @RequestParam(required = false) String tahun,
      Model model) {
    fill(model, unit, tahun);
    return "portal/tim";
  }

  /** The table's rows alone, for the page's script to refresh them. */
  @GetMapping("/app/tim/baris")
  String rows(@RequestParam(required = false) String unit, @RequestParam(required = false) String tahun,
      Model model) {
    fill(model, unit, tahun);
    return "portal/tim :: baris";
  }

  private void fill(Model model, String unit, String tahun) {
    int year = PortalYear.of(tahun, clock);
    TeamMonitor.Monitor shown = monitor.of(currentUser.get(), unit, year);
    model.addAttribute("monitor", shown);
    model.addAttribute("year", year);
    model.addAttribute("updated", LocalTime.now(clock).withNano(0));
    UriComponentsBuilder refresh = UriComponentsBuilder.fromPath("/app/tim/baris").queryParam("tahun", year);
    if (shown.team().unitCode() != null) {
      refresh.queryParam("unit", shown.team().unitCode());
    }
    model.addAttribute("refresh", refresh.encode().build().toUriString());
  }

  @GetMapping("/app/tim/{nip}")
  String person(@PathVariable String nip, @RequestParam(required = false) String tahun, Model model) {
    KinerjaUser user = currentUser.get();
    int year = PortalYear.of(tahun, clock);
    TeamScope.Member member = scope.member(user, nip);
    TeamSkp skp = skps.ofEmployees(List.of(member.employeeId()), year).get(member.employeeId());
    model.addAttribute("member", member);
    model.addAttribute("year", year);
    model.addAttribute("skp", skp);
    if (skp != null && skp.inForceId() != null) {
      SkpView view = skps.view(skp.inForceId(), user);
      Map<Long, String> indicatorText = new HashMap<>();
      view.rhk().forEach(r -> r.indicators().forEach(i -> indicatorText.put(i.id(), i.text())));
      List<RealisationView> entries = new ArrayList<>(realisations.list(skp.inForceId(), user));
      entries.sort(Comparator.comparing(RealisationView::date).thenComparing(RealisationView::createdAt).reversed());
      model.addAttribute("progress", progress.summaries(List.of(skp.inForceId())).get(skp.inForceId()));
      model.addAttribute("entries", entries);
      model.addAttribute("indicatorText", indicatorText);
    }
    return "portal/tim-anggota";
  }

  /** Continuous feedback on one realisation, through the same rule as the API (a head above the employee). */
  @PostMapping("/app/tim/{nip}/umpan-balik")
  String feedback(@PathVariable String nip, @RequestParam(required = false) String realisasi,
      @RequestParam(required = false) String teks, @RequestParam(required = false) String tahun) {
    long realisationId;
    try {
      realisationId = Long.parseLong(realisasi == null ? "" : realisasi.trim());
    } catch (NumberFormatException e) {
      throw ApiException.badRequest("portal.team.realisation-missing");
    }
    KinerjaUser user = currentUser.get();
    scope.member(user, nip);
    realisations.comment(realisationId, teks, user);
    int year = PortalYear.of(tahun, clock);
    return "redirect:/app/tim/" + nip + "?tahun=" + year + "&terkirim#isian-" + realisationId;
  }

  @GetMapping("/app/tim/kaskade")
  String cascade(@RequestParam(required = false) String tahun, Model model) {
    KinerjaUser user = currentUser.get();
    int year = PortalYear.of(tahun, clock);
    List<TeamScope.Member> direct = scope.of(user, null).members().stream().filter(TeamScope.Member::direct)
        .toList();
    Map<Long, TeamSkp> skpOf = skps.ofEmployees(direct.stream().map(TeamScope.Member::employeeId).toList(), year);
    Map<Long, SkpView> views = skps.views(skpOf.values().stream().map(TeamSkp::inForceId).filter(Objects::nonNull)
        .toList());
    SkpView mine = mySkp.inForce(user, year).orElse(null);
    List<Long> myRhk = mine == null ? List.of() : mine.rhk().stream().map(SkpView.RhkView::id).toList();
    Map<Long, List<Support>> supporting = new HashMap<>();
    List<Support> unlinked = new ArrayList<>();
    List<TeamScope.Member> withoutSkp = new ArrayList<>();
    for (TeamScope.Member m : direct) {
      TeamSkp skp = skpOf.get(m.employeeId());
      SkpView view = skp == null || skp.inForceId() == null ? null : views.get(skp.inForceId());
      if (view == null) {
        withoutSkp.add(m);
        continue;
      }
      for (SkpView.RhkView rhk : view.rhk()) {
        Support support = new Support(m, rhk);
        if (rhk.supervisorRhkId() != null && myRhk.contains(rhk.supervisorRhkId())) {
          supporting.computeIfAbsent(rhk.supervisorRhkId(), k -> new ArrayList<>()).add(support);
        } else {
          unlinked.add(support);
        }
      }
    }
    model.addAttribute("year", year);
    model.addAttribute("mine", mine);
    model.addAttribute("supporting", supporting);
    model.addAttribute("unlinked", unlinked);
    model.addAttribute("withoutSkp", withoutSkp);
    return "portal/tim-kaskade";
  }

  /** A subordinate's RHK under the RHK of mine it supports. */
  record Support(TeamScope.Member member, SkpView.RhkView rhk) {
  }
}

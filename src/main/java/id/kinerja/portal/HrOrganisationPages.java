package id.kinerja.portal;

import id.kinerja.common.ApiException;
import id.kinerja.common.Problems;
import id.kinerja.organization.ActingHeadService;
import id.kinerja.organization.DataQuality;
import id.kinerja.organization.EmployeeMoveService;
import id.kinerja.organization.MoveKind;
import id.kinerja.organization.MoveState;
import id.kinerja.organization.ReportingLineCorrectionService;
import id.kinerja.security.CurrentUser;
import id.kinerja.security.KinerjaUser;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * HR's organisation pages (HR only), each a list and a form over the same services as the API: {@code /app/hr/mutasi}
 * (moves waiting for their date and the latest applied; record, cancel), {@code /app/hr/pelaksana} (acting heads
 * valid today or later; appoint, end), {@code /app/hr/koreksi} (corrections in force; set, end) and
 * {@code /app/hr/kualitas-data} (the data-quality findings). A refused form is shown again with its reasons and the
 * values typed; nothing is stored.
 */
@Controller
class HrOrganisationPages {

  private static final int LIST_LIMIT = 200;

  private final CurrentUser currentUser;
  private final EmployeeMoveService moves;
  private final ActingHeadService actingHeads;
  private final ReportingLineCorrectionService corrections;
  private final DataQuality dataQuality;
  private final Problems problems;

  HrOrganisationPages(CurrentUser currentUser, EmployeeMoveService moves, ActingHeadService actingHeads,
      ReportingLineCorrectionService corrections, DataQuality dataQuality, Problems problems) {
    this.currentUser = currentUser;
    this.moves = moves;
    this.actingHeads = actingHeads;
    this.corrections = corrections;
    this.dataQuality = dataQuality;
    this.problems = problems;
  }

  // ---- moves

  @GetMapping("/app/hr/mutasi")
  String moves(Model model) {
    HrPage.requireHr(currentUser);
    return movesPage(model, Map.of());
  }

  @PostMapping("/app/hr/mutasi")
  String recordMove(@RequestParam Map<String, String> form, Model model, Locale locale) {
    KinerjaUser user = HrPage.requireHr(currentUser);
    return attempt(model, locale, form, () -> {
      moves.record(form.getOrDefault("nip", ""), new EmployeeMoveService.MoveRequest(form.get("jenis"),
          form.get("tanggal"), form.get("unit"), form.get("jabatan"), form.get("alasan")), user.username());
      return "redirect:/app/hr/mutasi?tersimpan";
    }, () -> movesPage(model, form));
  }

  @PostMapping("/app/hr/mutasi/{nip}/{id}/batal")
  String cancelMove(@PathVariable String nip, @PathVariable long id, Model model, Locale locale) {
    KinerjaUser user = HrPage.requireHr(currentUser);
    return attempt(model, locale, Map.of(), () -> {
      moves.cancel(nip, id, user.username());
      return "redirect:/app/hr/mutasi?dibatalkan";
    }, () -> movesPage(model, Map.of()));
  }

  private String movesPage(Model model, Map<String, String> form) {
    model.addAttribute("pending", moves.recent(MoveState.PENDING, LIST_LIMIT));
    model.addAttribute("applied", moves.recent(MoveState.APPLIED, 50));
    model.addAttribute("kinds", Arrays.asList(MoveKind.values()));
    model.addAttribute("form", form);
    return "portal/hr-mutasi";
  }

  // ---- acting heads

  @GetMapping("/app/hr/pelaksana")
  String acting(Model model) {
    HrPage.requireHr(currentUser);
    return actingPage(model, Map.of());
  }

  @PostMapping("/app/hr/pelaksana")
  String appoint(@RequestParam Map<String, String> form, Model model, Locale locale) {
    KinerjaUser user = HrPage.requireHr(currentUser);
    return attempt(model, locale, form, () -> {
      actingHeads.appoint(form.getOrDefault("unit", "").trim(), new ActingHeadService.Appointment(form.get("nip"),
          form.get("jenis"), form.get("mulai"), form.get("sampai"), form.get("sk")), user.username());
      return "redirect:/app/hr/pelaksana?tersimpan";
    }, () -> actingPage(model, form));
  }

  @PostMapping("/app/hr/pelaksana/{unit}/{id}/akhiri")
  String endActing(@PathVariable String unit, @PathVariable long id, Model model, Locale locale) {
    KinerjaUser user = HrPage.requireHr(currentUser);
    return attempt(model, locale, Map.of(), () -> {
      actingHeads.end(unit, id, user.username());
      return "redirect:/app/hr/pelaksana?diakhiri";
    }, () -> actingPage(model, Map.of()));
  }

  private String actingPage(Model model, Map<String, String> form) {
    model.addAttribute("appointments", actingHeads.currentAndComing());
    model.addAttribute("form", form);
    return "portal/hr-pelaksana";
  }

  // ---- corrections

  @GetMapping("/app/hr/koreksi")
  String corrections(Model model) {
    HrPage.requireHr(currentUser);
    return correctionsPage(model, Map.of());
  }

  @PostMapping("/app/hr/koreksi")
  String correct(@RequestParam Map<String, String> form, Model model, Locale locale) {
    KinerjaUser user = HrPage.requireHr(currentUser);
    return attempt(model, locale, form, () -> {
      corrections.correct(form.getOrDefault("nip", "").trim(), new ReportingLineCorrectionService.Correction(
          form.get("atasan"), blankToNull(form.get("atasanPenilai")), form.get("alasan"), form.get("sampai")), user);
      return "redirect:/app/hr/koreksi?tersimpan";
    }, () -> correctionsPage(model, form));
  }

  @PostMapping("/app/hr/koreksi/{nip}/akhiri")
  String endCorrection(@PathVariable String nip, Model model, Locale locale) {
    KinerjaUser user = HrPage.requireHr(currentUser);
    return attempt(model, locale, Map.of(), () -> {
      corrections.end(nip, user.username());
      return "redirect:/app/hr/koreksi?diakhiri";
    }, () -> correctionsPage(model, Map.of()));
  }

  private String correctionsPage(Model model, Map<String, String> form) {
    model.addAttribute("corrections", corrections.inForce());
    model.addAttribute("form", form);
    return "portal/hr-koreksi";
  }

  // ---- data quality

  @GetMapping("/app/hr/kualitas-data")
  String dataQuality(Model model) {
    KinerjaUser user = HrPage.requireHr(currentUser);
    DataQuality.Report report = dataQuality.check(user);
    Map<String, DataQuality.Finding<DataQuality.Person>> people = new java.util.LinkedHashMap<>();
    people.put("noSupervisor", report.noSupervisor());
    people.put("noSenior", report.noSenior());
    people.put("withoutEmail", report.withoutEmail());
    people.put("withoutLogin", report.withoutLogin());
    people.put("correctionsExpiring", report.correctionsExpiring());
    model.addAttribute("report", report);
    model.addAttribute("people", people);
    return "portal/hr-kualitas-data";
  }

  /** Runs a form's step; a refusal shows the page again (status 400 or as refused) with its reasons. */
  private String attempt(Model model, Locale locale, Map<String, String> form, Supplier<String> step,
      Supplier<String> page) {
    try {
      return step.get();
    } catch (ApiException e) {
      model.addAttribute("reasons", List.of(problems.explain(e, locale).split("\n- ")));
      if (org.springframework.web.context.request.RequestContextHolder.getRequestAttributes()
          instanceof org.springframework.web.context.request.ServletRequestAttributes attributes
          && attributes.getResponse() != null) {
        attributes.getResponse().setStatus(e.status().value());
      }
      return page.get();
    }
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }
}

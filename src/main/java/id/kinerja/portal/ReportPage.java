package id.kinerja.portal;

import id.kinerja.common.ApiException;
import id.kinerja.common.DecimalBounds;
import id.kinerja.planning.SkpView;
import id.kinerja.progress.RealisationInput;
import id.kinerja.progress.RealisationService;
import id.kinerja.progress.RealisationSubmission;
import id.kinerja.progress.RealisationView;
import id.kinerja.progress.UploadedFile;
import id.kinerja.security.CurrentUser;
import id.kinerja.security.KinerjaUser;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code /app/laporan}: the daily report. Choose an indicator, enter the value (today is filled in), add photos or a
 * PDF, send: three taps on a phone. The page's script keeps entries made offline on the device and sends each with
 * its own Idempotency-Key when the network is back ({@code laporan.js}); without the script the form posts as
 * usual, with a key of its own. Entries are corrected here until their period is closed.
 */
@Controller
class ReportPage {

  private static final int RECENT = 15;

  private final CurrentUser currentUser;
  private final MySkp mySkp;
  private final RealisationService realisations;
  private final RealisationSubmission submission;
  private final Clock clock;

  ReportPage(CurrentUser currentUser, MySkp mySkp, RealisationService realisations,
      RealisationSubmission submission, Clock clock) {
    this.currentUser = currentUser;
    this.mySkp = mySkp;
    this.realisations = realisations;
    this.submission = submission;
    this.clock = clock;
  }

  @GetMapping("/app/laporan")
  String form(@RequestParam(name = "indikator", required = false) Long chosen, Model model) {
    KinerjaUser user = currentUser.get();
    LocalDate today = LocalDate.now(clock);
    Optional<SkpView> skp = mySkp.inForce(user, today.getYear());
    model.addAttribute("today", today);
    model.addAttribute("skp", skp.orElse(null));
    model.addAttribute("chosen", chosen);
    model.addAttribute("key", UUID.randomUUID().toString());
    if (skp.isPresent()) {
      List<RealisationView> entries = realisations.list(skp.get().id(), user);
      Map<Long, LocalDate> last = entries.stream().collect(Collectors.toMap(RealisationView::indicatorId,
          RealisationView::date, (a, b) -> a.isAfter(b) ? a : b));
      List<Choice> choices = new ArrayList<>();
      for (SkpView.RhkView rhk : skp.get().rhk()) {
        for (SkpView.IndicatorView i : rhk.indicators()) {
          if (i.ikmUnitCode() == null) { // filled from the citizen survey, not by hand
            choices.add(new Choice(i.id(), i.text(), rhk.text(), i.isNumeric(), i.unit(), last.get(i.id())));
          }
        }
      }
      model.addAttribute("choices", choices);
      Map<Long, Choice> byId = choices.stream().collect(Collectors.toMap(Choice::id, Function.identity()));
      model.addAttribute("recent", entries.stream()
          .sorted(Comparator.comparing(RealisationView::date).thenComparing(RealisationView::createdAt).reversed())
          .limit(RECENT).map(r -> new Entry(r, byId.get(r.indicatorId()))).toList());
    }
    return "portal/laporan";
  }

  /** From the page's script (Accept: application/json): 201 with the entry, or problem details; else a redirect. */
  @PostMapping("/app/laporan")
  Object submit(@RequestParam long skpId, @RequestParam(required = false) Long indicatorId,
      @RequestParam(required = false) String date, @RequestParam(required = false) String value,
      @RequestParam(required = false) String narrative, @RequestParam(required = false) String description,
      @RequestParam(name = "files", required = false) List<MultipartFile> files,
      @RequestParam(name = "kunci", required = false) String formKey,
      @RequestHeader(name = "Idempotency-Key", required = false) String headerKey, HttpServletRequest request) {
    RealisationInput input = new RealisationInput(indicatorId, date, number(value), blankToNull(narrative),
        blankToNull(description));
    ResponseEntity<String> stored = submission.submit(skpId, input, UploadedFile.of(files),
        currentUser.get().username(), headerKey != null ? headerKey : formKey);
    return PortalAdvice.wantsJson(request) ? stored : "redirect:/app/laporan?tersimpan";
  }

  @GetMapping("/app/laporan/{skpId}/{realisationId}")
  String editForm(@PathVariable long skpId, @PathVariable long realisationId, Model model) {
    RealisationView entry = realisations.list(skpId, currentUser.get()).stream()
        .filter(r -> r.id().equals(realisationId)).findFirst()
        .orElseThrow(() -> ApiException.notFound("realisation.not-found", realisationId));
    model.addAttribute("entry", entry);
    model.addAttribute("skpId", skpId);
    return "portal/laporan-ubah";
  }

  @PostMapping("/app/laporan/{skpId}/{realisationId}")
  String edit(@PathVariable long skpId, @PathVariable long realisationId,
      @RequestParam(required = false) Long indicatorId, @RequestParam(required = false) String date,
      @RequestParam(required = false) String value, @RequestParam(required = false) String narrative,
      @RequestParam(required = false) String description) {
    realisations.edit(skpId, realisationId, new RealisationInput(indicatorId, date, number(value),
        blankToNull(narrative), blankToNull(description)), currentUser.get().username());
    return "redirect:/app/laporan?diperbaiki";
  }

  private static BigDecimal number(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return DecimalBounds.MEASURE.require("value", new BigDecimal(value.trim().replace(',', '.')));
    } catch (NumberFormatException e) {
      throw ApiException.badRequest("portal.value-not-a-number", value.length() > 40 ? value.substring(0, 40) : value);
    }
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }

  record Choice(Long id, String text, String rhk, boolean numeric, String unit, LocalDate lastEntry) {
  }

  record Entry(RealisationView realisation, Choice indicator) {
  }
}

package id.kinerja.portal;

import id.kinerja.common.ApiException;
import id.kinerja.common.Problems;
import id.kinerja.organization.EmployeeImport;
import id.kinerja.organization.ImportResult;
import id.kinerja.organization.ImportTable;
import id.kinerja.organization.PositionImport;
import id.kinerja.organization.UnitImport;
import id.kinerja.security.CurrentUser;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code /app/hr/impor} (HR only): units, positions or employees from a CSV or XLSX file, in two steps — the file is
 * first run as a dry run (the same import service as {@code POST /api/v1/…/import?dryRun=true}) and its plan shown;
 * it is kept in the session until HR confirms, then imported as it was previewed (all rows or none).
 */
@Controller
class HrImportPage {

  private static final String KEPT = "portal.import.";
  /** The largest file kept in the session between preview and store (a 50,000-employee CSV is about 10 MB). */
  static final long MAX_KEPT_BYTES = 20L * 1024 * 1024;

  private final CurrentUser currentUser;
  private final UnitImport units;
  private final PositionImport positions;
  private final EmployeeImport employees;
  private final Problems problems;

  HrImportPage(CurrentUser currentUser, UnitImport units, PositionImport positions, EmployeeImport employees,
      Problems problems) {
    this.currentUser = currentUser;
    this.units = units;
    this.positions = positions;
    this.employees = employees;
    this.problems = problems;
  }

  /** What is imported: the three kinds of organisation data, by the name the form uses. */
  enum Kind {
    UNIT, JABATAN, PEGAWAI;

    static Kind of(String raw) {
      try {
        return Kind.valueOf(raw == null ? "" : raw.trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw ApiException.badRequest("portal.import.kind-unknown");
      }
    }
  }

  /** A previewed file waiting for HR's confirmation. */
  record Kept(Kind kind, String fileName, String contentType, byte[] content) implements Serializable {
  }

  @GetMapping("/app/hr/impor")
  String form() {
    HrPage.requireHr(currentUser);
    return "portal/hr-impor";
  }

  @PostMapping("/app/hr/impor")
  String preview(@RequestParam(required = false) String jenis,
      @RequestParam(name = "berkas", required = false) MultipartFile file, HttpSession session, Model model,
      Locale locale) {
    HrPage.requireHr(currentUser);
    model.addAttribute("jenis", jenis);
    try {
      Kind kind = Kind.of(jenis);
      if (file == null || file.isEmpty()) {
        throw ApiException.badRequest("import.empty");
      }
      if (file.getSize() > MAX_KEPT_BYTES) {
        throw ApiException.badRequest("portal.import.too-large", MAX_KEPT_BYTES / (1024 * 1024));
      }
      String name = file.getOriginalFilename() == null ? "berkas" : file.getOriginalFilename();
      Kept kept = new Kept(kind, name, name.toLowerCase(Locale.ROOT).endsWith(".xlsx") ? ImportTable.XLSX
          : "text/csv", file.getBytes());
      ImportResult plan = run(kept, true);
      String token = UUID.randomUUID().toString();
      session.setAttribute(KEPT + token, kept);
      model.addAttribute("token", token);
      model.addAttribute("kept", kept);
      model.addAttribute("result", plan);
    } catch (ApiException e) {
      model.addAttribute("refusal", problems.explain(e, locale));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return "portal/hr-impor";
  }

  @PostMapping("/app/hr/impor/simpan")
  String commit(@RequestParam(required = false) String token, HttpSession session, Model model, Locale locale) {
    HrPage.requireHr(currentUser);
    Object kept = token == null ? null : session.getAttribute(KEPT + token);
    if (!(kept instanceof Kept file)) {
      throw ApiException.badRequest("portal.import.preview-expired");
    }
    session.removeAttribute(KEPT + token);
    model.addAttribute("jenis", file.kind().name());
    model.addAttribute("kept", file);
    try {
      model.addAttribute("result", run(file, false));
    } catch (ApiException e) {
      model.addAttribute("refusal", problems.explain(e, locale));
    }
    return "portal/hr-impor";
  }

  private ImportResult run(Kept file, boolean dryRun) {
    ImportTable table = ImportTable.read(file.content(), file.contentType());
    String actor = currentUser.get().username();
    return switch (file.kind()) {
      case UNIT -> units.importTable(table, actor, dryRun);
      case JABATAN -> positions.importTable(table, actor, dryRun);
      case PEGAWAI -> employees.importTable(table, actor, dryRun, false);
    };
  }
}

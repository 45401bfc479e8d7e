package id.kinerja.report.web;

import id.kinerja.report.DocumentArchives;
import id.kinerja.report.IkmReport;
import id.kinerja.report.MethodReview;
import id.kinerja.report.PredikatExport;
import id.kinerja.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Laporan", description = "Exports and PDF reports (HR; heads for the units they lead)")
class ReportController {

  static final MediaType XLSX = MediaType.parseMediaType(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

  private final PredikatExport predikat;
  private final IkmReport ikm;
  private final MethodReview review;
  private final CurrentUser currentUser;
  private final DocumentArchives archives;

  ReportController(PredikatExport predikat, IkmReport ikm, MethodReview review, CurrentUser currentUser,
      DocumentArchives archives) {
    this.archives = archives;
    this.predikat = predikat;
    this.ikm = ikm;
    this.review = review;
    this.currentUser = currentUser;
  }

  @GetMapping("/api/v1/reports/predikat.xlsx")
  @Operation(summary = "Rekap predikat of an organisation (with its subtree) and year, for the TPP calculation")
  ResponseEntity<byte[]> predikatXlsx(@RequestParam(required = false) String year,
      @RequestParam(required = false) String organisationCode) {
    PredikatExport.Recap recap = predikat.recap(currentUser.get(), year, organisationCode);
    return file(predikat.xlsx(recap), XLSX, recap.fileName("xlsx"));
  }

  @GetMapping("/api/v1/reports/predikat.csv")
  @Operation(summary = "Rekap predikat as CSV (UTF-8, comma-separated, header row)")
  ResponseEntity<byte[]> predikatCsv(@RequestParam(required = false) String year,
      @RequestParam(required = false) String organisationCode) {
    PredikatExport.Recap recap = predikat.recap(currentUser.get(), year, organisationCode);
    return file(predikat.csv(recap), CSV, recap.fileName("csv"));
  }

  @GetMapping("/api/v1/reports/ikm.pdf")
  @Operation(summary = "IKM report (PermenPANRB 14/2017 layout) of a service unit and period")
  ResponseEntity<byte[]> ikm(@RequestParam(required = false) String unitCode,
      @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
    IkmReport.Rendered rendered = ikm.render(currentUser.get(), unitCode, from, to);
    return file(rendered.pdf(), MediaType.APPLICATION_PDF, "laporan-ikm-" + rendered.unitCode() + "-"
        + rendered.from() + "-" + rendered.to() + ".pdf");
  }

  @GetMapping("/api/v1/reports/tinjauan-tahunan.pdf")
  @Operation(summary = "Yearly review of the appraisal method (HR)")
  ResponseEntity<byte[]> yearlyReview(@RequestParam(required = false) String year) {
    MethodReview.Rendered rendered = review.render(currentUser.get(), year);
    return file(rendered.pdf(), MediaType.APPLICATION_PDF, "tinjauan-tahunan-" + rendered.year() + ".pdf");
  }

  @PostMapping("/api/v1/reports/dokumen-evaluasi.zip")
  @Operation(summary = "Start the ZIP of every published dokumen evaluasi of an organisation (with its subtree) and "
      + "year, made in the background → 202 with the job")
  ResponseEntity<DocumentArchives.JobView> startZip(@RequestParam(required = false) String year,
      @RequestParam(required = false) String organisationCode) {
    DocumentArchives.JobView job = archives.start(currentUser.get(), year, organisationCode);
    return ResponseEntity.status(HttpStatus.ACCEPTED).location(URI.create("/api/v1/reports/jobs/" + job.id()))
        .body(job);
  }

  @GetMapping("/api/v1/reports/jobs/{id}")
  @Operation(summary = "Progress of a ZIP job (the user who started it, HR)")
  DocumentArchives.JobView job(@PathVariable String id) {
    return archives.progress(currentUser.get(), id);
  }

  @GetMapping("/api/v1/reports/jobs/{id}/download")
  @Operation(summary = "The finished ZIP (409 while it is being made)")
  ResponseEntity<byte[]> download(@PathVariable String id) {
    var user = currentUser.get();
    return file(archives.download(user, id), MediaType.parseMediaType("application/zip"), archives.fileName(user, id));
  }

  private static ResponseEntity<byte[]> file(byte[] body, MediaType type, String name) {
    return ResponseEntity.ok().contentType(type)
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"").body(body);
  }
}

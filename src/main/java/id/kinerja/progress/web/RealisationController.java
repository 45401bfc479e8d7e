package id.kinerja.progress.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kinerja.common.ApiException;
import id.kinerja.common.DecimalBounds;
import id.kinerja.progress.Idempotency;
import id.kinerja.progress.RealisationSubmission;
import id.kinerja.progress.ProgressService;
import id.kinerja.progress.ProgressView;
import id.kinerja.progress.RealisationInput;
import id.kinerja.progress.RealisationService;
import id.kinerja.progress.RealisationView;
import id.kinerja.progress.UploadedFile;
import id.kinerja.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@Tag(name = "Realisasi dan progres", description = "Realisations with evidence, feedback, real-time progress")
class RealisationController {

  private final RealisationService realisations;
  private final ProgressService progress;
  private final RealisationSubmission submission;
  private final CurrentUser currentUser;

  RealisationController(RealisationService realisations, ProgressService progress, RealisationSubmission submission,
      CurrentUser currentUser) {
    this.realisations = realisations;
    this.progress = progress;
    this.submission = submission;
    this.currentUser = currentUser;
  }

  @PostMapping(path = "/api/v1/skp/{id}/realisations", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Record a realisation (owner of an agreed SKP)",
      description = "{\"indicatorId\":…,\"date\":\"YYYY-MM-DD\",\"value\":9,\"description\":\"…\"} (narrative instead "
          + "of value for qualitative indicators). With an Idempotency-Key header a retry stores once and gets the "
          + "same answer.")
  ResponseEntity<String> recordJson(@PathVariable long id, @RequestBody RealisationInput input,
      @RequestHeader(name = Idempotency.HEADER, required = false) String key) {
    return submission.submit(id, input, List.of(), currentUser.get().username(), key);
  }

  @PostMapping(path = "/api/v1/skp/{id}/realisations", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(summary = "Record a realisation with evidence files (multipart: the same fields as parts, plus files)",
      description = "Evidence: PDF, JPEG or PNG, checked by content; at most 10 MB each (kinerja.evidence.max-file-"
          + "bytes); larger → 413, another type → 415, nothing stored.")
  ResponseEntity<String> recordMultipart(@PathVariable long id,
      @RequestParam(required = false) Long indicatorId, @RequestParam(required = false) String date,
      @RequestParam(required = false) BigDecimal value, @RequestParam(required = false) String narrative,
      @RequestParam(required = false) String description,
      @RequestParam(name = "files", required = false) List<MultipartFile> files,
      @RequestHeader(name = Idempotency.HEADER, required = false) String key) {
    RealisationInput input = new RealisationInput(indicatorId, date, DecimalBounds.MEASURE.require("value", value),
        narrative, description);
    return submission.submit(id, input, UploadedFile.of(files), currentUser.get().username(), key);
  }

  @PutMapping(path = "/api/v1/skp/{id}/realisations/{realisationId}", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Correct a realisation (owner) until its period is closed (its evaluation was scored)")
  RealisationView edit(@PathVariable long id, @PathVariable long realisationId, @RequestBody RealisationInput input) {
    return realisations.edit(id, realisationId, input, currentUser.get().username());
  }

  @GetMapping("/api/v1/skp/{id}/realisations")
  @Operation(summary = "Realisations of an SKP with evidence and comments (owner, heads above, HR)")
  List<RealisationView> list(@PathVariable long id) {
    return realisations.list(id, currentUser.get());
  }

  @GetMapping("/api/v1/skp/{id}/progress")
  @Operation(summary = "Real-time progress: realisation so far, capaian and status per indicator; per RHK; "
      + "weighted for the SKP (owner, heads above, HR)")
  ProgressView progress(@PathVariable long id) {
    return progress.progress(id, currentUser.get());
  }

  @PostMapping("/api/v1/realisations/{realisationId}/comments")
  @Operation(summary = "Feedback on a realisation (a head above the employee); the employee is notified")
  ResponseEntity<RealisationView.CommentView> comment(@PathVariable long realisationId,
      @RequestBody CommentRequest request) {
    return ResponseEntity.status(201).body(realisations.comment(realisationId, request.text(), currentUser.get()));
  }

  @GetMapping("/api/v1/evidence/{evidenceId}")
  @Operation(summary = "Download an evidence file (whoever may see the SKP)")
  ResponseEntity<byte[]> evidence(@PathVariable long evidenceId) {
    RealisationService.Download download = realisations.download(evidenceId, currentUser.get());
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(download.evidence().getContentType()))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename(download.evidence().getFileName(), StandardCharsets.UTF_8).build().toString())
        .header("X-Content-Type-Options", "nosniff")
        .body(download.content());
  }

  record CommentRequest(String text) {
  }

}

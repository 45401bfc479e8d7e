package id.kinerja.portal;

import id.kinerja.progress.RealisationService;
import id.kinerja.security.CurrentUser;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** {@code /app/bukti/{id}}: an evidence file for whoever may see the SKP, within the portal's login. */
@Controller
class EvidenceDownload {

  private final CurrentUser currentUser;
  private final RealisationService realisations;

  EvidenceDownload(CurrentUser currentUser, RealisationService realisations) {
    this.currentUser = currentUser;
    this.realisations = realisations;
  }

  @GetMapping("/app/bukti/{id}")
  ResponseEntity<byte[]> download(@PathVariable long id) {
    RealisationService.Download download = realisations.download(id, currentUser.get());
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(download.evidence().getContentType()))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
            .filename(download.evidence().getFileName(), StandardCharsets.UTF_8).build().toString())
        .header("X-Content-Type-Options", "nosniff")
        .header("Content-Security-Policy", "default-src 'none'; sandbox")
        .body(download.content());
  }
}

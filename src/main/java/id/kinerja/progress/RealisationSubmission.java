package id.kinerja.progress;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kinerja.common.ApiException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Recording a realisation once, whoever sends it (the API's JSON and multipart posts, the portal's daily report and
 * its offline queue): with an {@code Idempotency-Key} a retry of the same request stores nothing and gets the first
 * answer. The request's fingerprint is the SKP, the fields and each file's name and SHA-256.
 */
@Component
public class RealisationSubmission {

  private final RealisationService realisations;
  private final Idempotency idempotency;
  private final ObjectMapper json;

  RealisationSubmission(RealisationService realisations, Idempotency idempotency, ObjectMapper json) {
    this.realisations = realisations;
    this.idempotency = idempotency;
    this.json = json;
  }

  /** 201 with the stored realisation as JSON (or the stored answer of the first request with this key). */
  public ResponseEntity<String> submit(long skpId, RealisationInput input, List<UploadedFile> files, String user,
      String idempotencyKey) {
    StringBuilder fingerprint = new StringBuilder(skpId + ":" + write(input));
    for (UploadedFile file : files) {
      fingerprint.append(':').append(file.name()).append('=').append(RealisationService.sha256(file.content()));
    }
    String hash = RealisationService.sha256(fingerprint.toString().getBytes(StandardCharsets.UTF_8));
    return idempotency.run(user, idempotencyKey, hash, () -> {
      RealisationView view = realisations.record(skpId, input, files, user);
      return ResponseEntity.created(URI.create("/api/v1/skp/" + view.skpId() + "/realisations")).body(view);
    });
  }

  private String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw ApiException.badRequest("error.invalid-request");
    }
  }
}

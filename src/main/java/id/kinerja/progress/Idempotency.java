package id.kinerja.progress;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kinerja.common.ApiException;
import java.time.Clock;
import java.util.function.Supplier;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Requests sent with an {@code Idempotency-Key}: the first one runs and its answer is stored in the same
 * transaction as its effect; a retry with the same key (same user, same request) gets the stored answer and changes
 * nothing; the same key with a different request is refused (422). Two retries racing each other: the unique key
 * lets one commit, the other rolls back and answers what the first stored.
 */
@Component
public class Idempotency {

  public static final String HEADER = "Idempotency-Key";

  private final IdempotentRequests stored;
  private final TransactionTemplate transaction;
  private final ObjectMapper json;
  private final Clock clock;

  Idempotency(IdempotentRequests stored, TransactionTemplate transaction, ObjectMapper json, Clock clock) {
    this.stored = stored;
    this.transaction = transaction;
    this.json = json;
    this.clock = clock;
  }

  public ResponseEntity<String> run(String username, String key, String requestHash,
      Supplier<ResponseEntity<?>> action) {
    if (key == null) {
      return serialize(action.get());
    }
    if (key.isBlank() || key.length() > 128 || !key.chars().allMatch(c -> c > 32 && c < 127)) {
      throw ApiException.badRequest("idempotency.key-invalid");
    }
    var previous = stored.findByUsernameAndKey(username, key);
    if (previous.isPresent()) {
      return replay(previous.get(), requestHash);
    }
    try {
      return transaction.execute(status -> {
        ResponseEntity<String> response = serialize(action.get());
        stored.saveAndFlush(new IdempotentRequest(username, key, requestHash, response.getStatusCode().value(),
            response.getBody(), clock.instant()));
        return response;
      });
    } catch (DataIntegrityViolationException raced) {
      return replay(stored.findByUsernameAndKey(username, key).orElseThrow(() -> raced), requestHash);
    }
  }

  private ResponseEntity<String> replay(IdempotentRequest previous, String requestHash) {
    if (!previous.requestHash().equals(requestHash)) {
      throw new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "idempotency.key-reused");
    }
    return ResponseEntity.status(previous.status()).contentType(MediaType.APPLICATION_JSON)
        .header("Idempotent-Replayed", "true").body(previous.body());
  }

  private ResponseEntity<String> serialize(ResponseEntity<?> response) {
    try {
      return ResponseEntity.status(response.getStatusCode()).headers(response.getHeaders())
          .contentType(MediaType.APPLICATION_JSON).body(json.writeValueAsString(response.getBody()));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}

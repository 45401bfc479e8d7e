package id.kinerja.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * JSON as Camunda Forms exchange it with task listeners: lists (dynamic lists, tag lists, checklists) arrive as a
 * Json variable or its text, and prefilled values go out as text. One place, so every form reads alike.
 */
@Component
public class FormJson {

  private final ObjectMapper json;

  FormJson(ObjectMapper json) {
    this.json = json;
  }

  /** The submitted list; empty when nothing was sent; a refusal (400, {@code errorKey}) when it cannot be read. */
  public <T> List<T> readList(Object value, Class<T[]> type, String errorKey) {
    if (value == null) {
      return List.of();
    }
    try {
      return List.of(json.readValue(value.toString(), type));
    } catch (JsonProcessingException e) {
      throw ApiException.badRequest(errorKey);
    }
  }

  /** Whether two JSON texts carry the same content (key order and spacing aside); unreadable text never does. */
  public boolean sameContent(Object left, Object right) {
    if (left == null || right == null) {
      return false;
    }
    try {
      return json.readTree(left.toString()).equals(json.readTree(right.toString()));
    } catch (JsonProcessingException e) {
      return false;
    }
  }

  public String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}

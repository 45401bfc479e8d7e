package id.kinerja.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * JSON as Camunda Forms exchange it with task listeners: lists (dynamic lists, tag lists, checklists) arrive as a
 * Json variable or its text, and prefilled values go out as text. One place, so every form reads alike.
 */
@Component
public class FormJson {

  private final ObjectMapper json;
  private final ObjectMapper formLists;

  FormJson(ObjectMapper json) {
    this.json = json;
    // Camunda Forms' text fields hand ids over as text ("evaluationId":"42"): the lists forms submit may carry whole
    // numbers as text; everything else stays as strict as the API's JSON (decision 35)
    this.formLists = json.copy();
    formLists.coercionConfigFor(LogicalType.Integer)
        .setCoercion(CoercionInputShape.String, CoercionAction.TryConvert);
  }

  /** The submitted list; empty when nothing was sent; a refusal (400, {@code errorKey}) when it cannot be read. */
  public <T> List<T> readList(Object value, Class<T[]> type, String errorKey) {
    if (value == null) {
      return List.of();
    }
    try {
      return List.of(formLists.readValue(value.toString(), type));
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

package id.kinerja.common;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * A JSON value refused while it is read, explained by a message key; Jackson adds the path of the field, and
 * {@link JsonRefusals} turns both into a 400 naming the field.
 */
final class JsonValueRefused extends JsonMappingException {

  private final String messageKey;
  private final transient Object[] args;

  JsonValueRefused(JsonParser parser, String messageKey, Object... args) {
    super(parser, messageKey);
    this.messageKey = messageKey;
    this.args = args;
  }

  String messageKey() {
    return messageKey;
  }

  Object[] args() {
    return args;
  }
}

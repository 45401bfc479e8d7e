package id.kinerja.planning;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Period targets as the API sends them (an array of numbers) or as the "Susun SKP" form's text field sends them
 * ("25; 50; 75; 100", a decimal comma allowed). A blank text is no period targets.
 */
class PeriodTargetsDeserializer extends JsonDeserializer<List<BigDecimal>> {

  static final int MAX = 12;

  @Override
  public List<BigDecimal> deserialize(JsonParser parser, DeserializationContext context) throws IOException {
    List<BigDecimal> values = new ArrayList<>();
    if (parser.currentToken() == JsonToken.VALUE_STRING) {
      String text = parser.getText().trim();
      if (text.isEmpty()) {
        return null;
      }
      for (String part : text.split(";", MAX + 2)) {
        try {
          values.add(new BigDecimal(part.trim().replace(',', '.')));
        } catch (NumberFormatException e) {
          return context.reportInputMismatch(List.class, "periodTargets: not a number: %s",
              part.length() > 20 ? part.substring(0, 20) : part);
        }
      }
      return values;
    }
    if (parser.currentToken() != JsonToken.START_ARRAY) {
      return context.reportInputMismatch(List.class, "periodTargets: an array of numbers or a text");
    }
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      if (!parser.currentToken().isNumeric() || values.size() > MAX) {
        return context.reportInputMismatch(List.class, "periodTargets: at most %d numbers", MAX);
      }
      values.add(parser.getDecimalValue());
    }
    return values;
  }
}

package id.kinerja.common;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;

/** Every text of a request (fields, list elements, untyped values) read under {@link TextLimits}. */
final class CleanTextDeserializer extends StdScalarDeserializer<String> {

  CleanTextDeserializer() {
    super(String.class);
  }

  @Override
  public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
    String text = StringDeserializer.instance.deserialize(parser, context);
    String refusal = TextLimits.refusal(text);
    if (refusal != null) {
      throw new JsonValueRefused(parser, refusal, TextLimits.MAX_CHARS);
    }
    return text;
  }

  @Override
  public LogicalType logicalType() {
    return LogicalType.Textual;
  }

  @Override
  public boolean isCachable() {
    return true;
  }
}

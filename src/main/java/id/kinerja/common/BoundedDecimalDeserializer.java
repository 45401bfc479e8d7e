package id.kinerja.common;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.math.BigDecimal;

/** Every BigDecimal of a request, read within the {@link DecimalBounds} its field names with {@link Bounded}. */
final class BoundedDecimalDeserializer extends StdScalarDeserializer<BigDecimal> implements ContextualDeserializer {

  private final DecimalBounds bounds;

  BoundedDecimalDeserializer(DecimalBounds bounds) {
    super(BigDecimal.class);
    this.bounds = bounds;
  }

  @Override
  public BigDecimal deserialize(JsonParser parser, DeserializationContext context) throws IOException {
    BigDecimal value = NumberDeserializers.BigDecimalDeserializer.instance.deserialize(parser, context);
    if (value == null) {
      return null;
    }
    return bounds.fit(value).orElseThrow(() -> new JsonValueRefused(parser, DecimalBounds.messageKey(),
        bounds.integerDigits(), bounds.fractionDigits()));
  }

  @Override
  public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) {
    Bounded bounded = property == null ? null : property.getAnnotation(Bounded.class);
    DecimalBounds wanted = bounded == null ? DecimalBounds.ANY : bounded.value();
    return wanted == bounds ? this : new BoundedDecimalDeserializer(wanted);
  }
}

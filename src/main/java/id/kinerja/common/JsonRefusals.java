package id.kinerja.common;

import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * Explains why a JSON body could not be read, as one {@link Violation} naming the field ({@code rhk[0].weight}),
 * so that refusals made while reading (bounds, strict types, NUL, nulls in lists) read like every other 400.
 * Bodies that are not JSON at all keep Spring's general answer.
 */
final class JsonRefusals {

  private JsonRefusals() {
  }

  static Optional<Violation> of(Throwable error) {
    JsonMappingException mapping = null;
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof JsonValueRefused refused) {
        return Optional.of(Violation.of(path(refused), refused.messageKey(), refused.args()));
      }
      if (mapping == null && t instanceof JsonMappingException m) {
        mapping = m;
      }
      if (t instanceof StreamConstraintsException) {
        return Optional.of(Violation.of(mapping == null ? "" : path(mapping), "input.too-long-token",
            StrictJson.MAX_NUMBER_CHARS));
      }
      if (t instanceof InputCoercionException) {
        return Optional.of(Violation.of(mapping == null ? "" : path(mapping), "input.number-range"));
      }
    }
    if (mapping instanceof com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException unknown) {
      return Optional.of(Violation.of(path(mapping), "input.unknown-field", unknown.getPropertyName()));
    }
    if (mapping instanceof InvalidNullException) {
      return Optional.of(Violation.of(path(mapping), "input.null-element"));
    }
    if (mapping instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
      return Optional.of(Violation.of(path(mapping), "input.wrong-type." + kind(mismatch), allowed(mismatch)));
    }
    if (mapping instanceof InvalidFormatException invalid) {
      return Optional.of(Violation.of(path(invalid), "input.wrong-type.other", ""));
    }
    return Optional.empty();
  }

  /** {@code rhk[0].indicators[1].target}, as the other validations name fields. */
  static String path(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference reference : e.getPath()) {
      if (reference.getFieldName() != null) {
        if (!path.isEmpty()) {
          path.append('.');
        }
        path.append(reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  private static String kind(MismatchedInputException e) {
    Class<?> type = e.getTargetType();
    if (type == Boolean.class || type == boolean.class) {
      return "boolean";
    }
    if (type == Integer.class || type == int.class || type == Long.class || type == long.class
        || type == Short.class || type == short.class || type == java.math.BigInteger.class) {
      return "whole-number";
    }
    if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
      return "number";
    }
    if (Temporal.class.isAssignableFrom(type)) {
      return "date";
    }
    if (type == String.class) {
      return "text";
    }
    if (type.isEnum()) {
      return "enum";
    }
    if (Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "list";
    }
    if (Map.class.isAssignableFrom(type) || type.isRecord()) {
      return "object";
    }
    return "other";
  }

  private static String allowed(MismatchedInputException e) {
    Class<?> type = e.getTargetType();
    return type.isEnum() ? String.join(", ", Arrays.stream(type.getEnumConstants()).map(String::valueOf).toList())
        : "";
  }
}

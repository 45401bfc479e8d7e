package id.kinerja.common;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The representation of every decimal number Kinerja reads (issue 13): at most so many digits before the decimal
 * point and so many after it, checked on the number as written, before any arithmetic, rounding or formatting.
 * Ranges that are domain rules (weights 0–100, targets above 0) stay where the domain is ({@code SkpRules},
 * {@code SkpDraftReader}, {@code Scoring}); these bounds only keep a number small enough to be one.
 * JSON fields choose theirs with {@link Bounded}; a BigDecimal without it gets {@link #ANY}.
 */
public enum DecimalBounds {

  /** RHK weights: whole percent 0–100 is the domain rule; a few decimals pass here so that rule explains them. */
  WEIGHT(3, 2),
  /** Indicator targets and realisations: columns numeric(19, 4); the SKP draft refuses 1E14 and above. */
  MEASURE(14, 4),
  /** Rupiah amounts: columns numeric(15, 2). */
  MONEY(13, 2),
  /** Any other decimal in a request. */
  ANY(15, 4);

  private final int integerDigits;
  private final int fractionDigits;

  DecimalBounds(int integerDigits, int fractionDigits) {
    this.integerDigits = integerDigits;
    this.fractionDigits = fractionDigits;
  }

  public int integerDigits() {
    return integerDigits;
  }

  public int fractionDigits() {
    return fractionDigits;
  }

  /**
   * The value within these bounds, with its scale between 0 and {@link #fractionDigits()} ({@code 1E+2} becomes
   * {@code 100}, {@code 12.5000} becomes {@code 12.5000}); empty when it is out of bounds. Only scale and precision
   * are read, so {@code 1e999999999} costs nothing.
   */
  public Optional<BigDecimal> fit(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    long fraction = Math.max(0L, stripped.scale());
    long integer = (long) stripped.precision() - stripped.scale();
    if (fraction > fractionDigits || integer > integerDigits) {
      return Optional.empty();
    }
    if (value.scale() < 0) {
      return Optional.of(value.setScale(0));
    }
    return Optional.of(value.scale() > fractionDigits ? stripped.setScale((int) fraction) : value);
  }

  /** For values read outside JSON (multipart fields): the value within bounds, or 400 naming the field. */
  public BigDecimal require(String field, BigDecimal value) {
    if (value == null) {
      return null;
    }
    return fit(value).orElseThrow(() -> new ValidationFailedException("error.invalid-request",
        List.of(Violation.of(field, messageKey(), integerDigits, fractionDigits))));
  }

  /** The message explaining these bounds, arguments: digits before and after the decimal point. */
  public static String messageKey() {
    return "input.number-bounds";
  }
}

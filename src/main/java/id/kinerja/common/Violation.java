package id.kinerja.common;

/**
 * One broken rule in a rejected request: where ({@code field}, and for files the 1-based {@code row}
 * counting the header line as row 1), and why, as a message key with arguments.
 */
public record Violation(Integer row, String field, String messageKey, Object... args) {

  public static Violation of(String field, String messageKey, Object... args) {
    return new Violation(null, field, messageKey, args);
  }

  public static Violation atRow(int row, String field, String messageKey, Object... args) {
    return new Violation(row, field, messageKey, args);
  }
}

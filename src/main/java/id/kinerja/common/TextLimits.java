package id.kinerja.common;

/**
 * What any text a request carries must respect, whatever its field (issue 13): no NUL character (PostgreSQL
 * refuses U+0000 in text) and at most {@link #MAX_CHARS} characters, the size of Camunda's string variables
 * (varchar(4000)) and of Kinerja's longest text columns. Fields with a smaller domain limit keep it where their
 * rules are (SKP text 2,000, survey suggestion 2,000, …).
 */
public final class TextLimits {

  public static final int MAX_CHARS = 4000;

  private TextLimits() {
  }

  public static boolean hasNul(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\0') {
        return true;
      }
    }
    return false;
  }

  /** The message key refusing this text, or null when it is acceptable. */
  public static String refusal(String text) {
    if (text == null) {
      return null;
    }
    if (hasNul(text)) {
      return "input.text-nul";
    }
    return text.length() > MAX_CHARS ? "input.text-too-long" : null;
  }
}

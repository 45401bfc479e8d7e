package id.kinerja.common;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The words people read for the application's enum values ("Kuantitas" for {@code KUANTITAS}): the one place for
 * them, under {@code label.<EnumName>.<VALUE>} in messages_id / messages_en. Summaries, forms and pages take their
 * labels here; a value without a label shows as itself.
 */
@Component
public class Labels {

  public static final Locale INDONESIAN = Locale.forLanguageTag("id");

  private final MessageSource messages;

  Labels(MessageSource messages) {
    this.messages = messages;
  }

  public String of(Enum<?> value, Locale locale) {
    if (value == null) {
      return "";
    }
    return messages.getMessage(key(value), null, value.name(), locale);
  }

  /** A text of messages_id (forms in Tasklist are in Bahasa Indonesia). */
  public String message(String key) {
    return messages.getMessage(key, null, key, INDONESIAN);
  }

  static String key(Enum<?> value) {
    return "label." + value.getDeclaringClass().getSimpleName() + "." + value.name();
  }
}

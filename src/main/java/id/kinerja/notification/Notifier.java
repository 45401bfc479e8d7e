package id.kinerja.notification;

import id.kinerja.common.Problems;
import id.kinerja.organization.Staff;
import java.time.Clock;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a message for a user into the outbox, in Bahasa Indonesia, from the templates
 * {@code mail.<template>.subject} / {@code mail.<template>.body} in messages_id.properties. It is written in the
 * transaction of the step that caused it, so a rolled-back step sends nothing.
 */
@Service
public class Notifier {

  private static final Logger log = LoggerFactory.getLogger(Notifier.class);
  private static final Locale INDONESIAN = Locale.forLanguageTag("id");

  private final Notifications outbox;
  private final Staff employees;
  private final MessageSource messages;
  private final Clock clock;
  private final String baseUrl;

  Notifier(Notifications outbox, Staff employees, MessageSource messages, Clock clock,
      @Value("${kinerja.base-url:http://localhost:8080}") String baseUrl) {
    this.outbox = outbox;
    this.employees = employees;
    this.messages = messages;
    this.clock = clock;
    this.baseUrl = baseUrl;
  }

  /** @param path a path inside Kinerja the message links to, e.g. a Tasklist task */
  @Transactional
  public void notify(String username, String template, String path, Object... args) {
    String email = employees.byUsername(username).map(e -> e.getEmail()).orElse(null);
    Object[] plain = Problems.plain(args);
    String subject = messages.getMessage("mail." + template + ".subject", plain, INDONESIAN);
    String body = messages.getMessage("mail." + template + ".body", plain, INDONESIAN);
    String link = path == null ? null : baseUrl + path;
    outbox.save(new Notification(username, email, subject, body, link, clock.instant()));
    log.info("Notification to {} <{}>: {}", username, email, subject);
  }

  /** The Tasklist address of a task. */
  public static String taskPath(String taskId) {
    return "/camunda/app/tasklist/default/#/?task=" + taskId;
  }
}

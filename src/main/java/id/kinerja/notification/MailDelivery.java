package id.kinerja.notification;

import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers the outbox by e-mail (Spring Mail, SMTP from {@code spring.mail.*}) when {@code kinerja.mail.enabled}
 * is true. It runs on its own schedule, after the steps that wrote the messages have committed, so a failing mail
 * server never rolls back or blocks a process step; a failed message is retried with a growing back-off up to
 * {@code kinerja.mail.max-attempts}. Without it (embedded default) messages stay in the outbox, readable in the app.
 */
@Component
@ConditionalOnProperty(name = "kinerja.mail.enabled", havingValue = "true")
public class MailDelivery {

  private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);

  private final Notifications outbox;
  private final JavaMailSender mail;
  private final TransactionTemplate transaction;
  private final Clock clock;
  private final String from;
  private final int maxAttempts;

  public MailDelivery(Notifications outbox, JavaMailSender mail, TransactionTemplate transaction, Clock clock,
      @Value("${kinerja.mail.from:kinerja@localhost}") String from,
      @Value("${kinerja.mail.max-attempts:10}") int maxAttempts) {
    this.outbox = outbox;
    this.mail = mail;
    this.transaction = transaction;
    this.clock = clock;
    this.from = from;
    this.maxAttempts = maxAttempts;
  }

  @Scheduled(fixedDelayString = "${kinerja.mail.interval-ms:15000}")
  public void deliverDue() {
    List<Long> due = transaction.execute(s -> outbox.findDue(clock.instant(), maxAttempts, PageRequest.of(0, 100))
        .stream().map(Notification::getId).toList());
    for (Long id : due == null ? List.<Long>of() : due) {
      transaction.executeWithoutResult(s -> outbox.findById(id).ifPresent(this::deliver));
    }
  }

  private void deliver(Notification notification) {
    SimpleMailMessage message = new SimpleMailMessage();
    message.setFrom(from);
    message.setTo(notification.getEmail());
    message.setSubject("[Kinerja] " + notification.getSubject());
    message.setText(notification.getBody() + (notification.getLink() == null ? ""
        : "\n\nBuka: " + notification.getLink()) + "\n\n— Kinerja (pesan otomatis, mohon tidak dibalas)");
    try {
      mail.send(message);
      notification.sent(clock.instant());
    } catch (MailException e) {
      notification.failed(e.getMessage(), clock.instant());
      log.warn("Mail to {} not delivered (attempt {}): {}", notification.getEmail(), notification.getAttempts(),
          e.getMessage());
    }
  }
}

package id.kinerja.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A person's notifications as the portal shows them: the latest, how many are unread, and "seen". */
@Service
public class Inbox {

  private final Notifications outbox;
  private final Clock clock;

  Inbox(Notifications outbox, Clock clock) {
    this.outbox = outbox;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public long unread(String username) {
    return outbox.countByRecipientAndReadAtIsNull(username);
  }

  @Transactional(readOnly = true)
  public List<Message> latest(String username) {
    return outbox.findTop50ByRecipientOrderByCreatedAtDesc(username).stream()
        .map(n -> new Message(n.getSubject(), n.getBody(), n.getLink(), n.getCreatedAt(), n.getReadAt() == null))
        .toList();
  }

  /** Everything shown so far counts as read. */
  @Transactional
  public void seen(String username) {
    outbox.markRead(username, clock.instant());
  }

  public record Message(String subject, String body, String link, Instant createdAt, boolean unread) {
  }
}

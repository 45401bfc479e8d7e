package id.kinerja.notification;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface Notifications extends JpaRepository<Notification, Long> {

  List<Notification> findByRecipientOrderByCreatedAtDesc(String recipient);

  List<Notification> findTop200ByOrderByCreatedAtDesc();

  List<Notification> findTop50ByRecipientOrderByCreatedAtDesc(String recipient);

  long countByRecipientAndReadAtIsNull(String recipient);

  @org.springframework.data.jpa.repository.Modifying
  @Query("update Notification n set n.readAt = :now where n.recipient = :recipient and n.readAt is null")
  int markRead(String recipient, Instant now);

  /** Unsent notifications with an address whose next attempt is due, oldest first. */
  @Query("select n from Notification n where n.sentAt is null and n.email is not null and n.attempts < :maxAttempts"
      + " and (n.nextAttemptAt is null or n.nextAttemptAt <= :now) order by n.createdAt")
  List<Notification> findDue(Instant now, int maxAttempts, Pageable page);
}

package id.kinerja.notification.web;

import id.kinerja.notification.Notification;
import id.kinerja.notification.Notifications;
import id.kinerja.security.CurrentUser;
import id.kinerja.security.KinerjaUser;
import id.kinerja.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/notifications")
@Tag(name = "Notifikasi", description = "The notification outbox")
class NotificationController {

  private final Notifications outbox;
  private final CurrentUser currentUser;

  NotificationController(Notifications outbox, CurrentUser currentUser) {
    this.outbox = outbox;
    this.currentUser = currentUser;
  }

  @GetMapping
  @Operation(summary = "HR: the latest 200 messages of the outbox; others: their own")
  List<NotificationView> list() {
    KinerjaUser user = currentUser.get();
    List<Notification> found = user.has(Role.HR) ? outbox.findTop200ByOrderByCreatedAtDesc()
        : outbox.findByRecipientOrderByCreatedAtDesc(user.username());
    return found.stream().map(n -> new NotificationView(n.getId(), n.getRecipient(), n.getEmail(), n.getSubject(),
        n.getBody(), n.getLink(), n.getCreatedAt(), n.getSentAt(), n.getAttempts(), n.getLastError())).toList();
  }

  record NotificationView(Long id, String recipient, String email, String subject, String body, String link,
      Instant createdAt, Instant sentAt, int attempts, String lastError) {
  }
}

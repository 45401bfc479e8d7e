package id.kinerja.notification;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Notifications extends JpaRepository<Notification, Long> {

  List<Notification> findByRecipientOrderByCreatedAtDesc(String recipient);
}

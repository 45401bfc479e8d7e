package id.kinerja.portal;

import id.kinerja.notification.Inbox;
import id.kinerja.security.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /app/notifikasi}: my latest notifications, the unread ones marked; opening the page counts as reading. */
@Controller
class NotificationsPage {

  private final CurrentUser currentUser;
  private final Inbox inbox;

  NotificationsPage(CurrentUser currentUser, Inbox inbox) {
    this.currentUser = currentUser;
    this.inbox = inbox;
  }

  @GetMapping("/app/notifikasi")
  String show(Model model) {
    String username = currentUser.get().username();
    model.addAttribute("messages", inbox.latest(username));
    inbox.seen(username);
    model.addAttribute("unread", 0L);
    return "portal/notifikasi";
  }
}

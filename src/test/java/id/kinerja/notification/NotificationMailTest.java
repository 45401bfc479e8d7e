package id.kinerja.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import id.kinerja.organization.Employee;
import id.kinerja.organization.Staff;
import id.kinerja.support.TestMessages;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Each kind of notification — a new task, a return, a reminder, an escalation, a published result — written by
 * {@link Notifier} from the Indonesian templates and delivered to a real SMTP server (GreenMail).
 */
class NotificationMailTest {

  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

  private static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");

  private final List<Notification> outbox = new ArrayList<>();
  private final Notifications notifications = mock(Notifications.class);
  private final Staff employees = mock(Staff.class);

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "skp-review-task | kasi.primer | Tugas baru: tinjau SKP Budi Santoso tahun 2026 | telah mengajukan SKP tahun 2026",
      "skp-returned | budi | SKP tahun 2026 dikembalikan untuk perbaikan | Silakan perbaiki lalu ajukan kembali",
      "skp-draft-reminder | budi | Pengingat: SKP tahun 2026 belum diajukan | Mohon segera dilengkapi",
      "skp-escalation | kabid.yankes | Eskalasi: SKP Budi Santoso tahun 2026 belum disepakati | tindak lanjuti",
      "evaluation-published | budi | Hasil evaluasi kinerja periode Q1: BAIK | paling lambat 2026-12-07"})
  void everyKindOfNotificationIsMailedInIndonesianToItsRecipientWithTheTaskLink(String template, String recipient,
      String subject, String bodyPart) throws Exception {
    Employee employee = employee(recipient);
    when(employees.byUsername(recipient)).thenReturn(Optional.of(employee));
    when(notifications.save(any())).thenAnswer(i -> {
      outbox.add(i.getArgument(0));
      return i.getArgument(0);
    });
    Notifier notifier = new Notifier(notifications, employees, TestMessages.source(), Clock.fixed(NOW, ZoneOffset.UTC),
        "https://kinerja.lampungselatankab.go.id");

    notifier.notify(recipient, template, Notifier.taskPath("t-1"), args(template));
    deliver();

    MimeMessage[] received = smtp.getReceivedMessages();
    assertThat(received).hasSize(1);
    assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo(recipient + "@lampungselatankab.go.id");
    assertThat(received[0].getSubject()).isEqualTo("[Kinerja] " + subject);
    String body = GreenMailUtil.getBody(received[0]).replace("=\r\n", "").replace("=3D", "=");
    assertThat(body).contains(bodyPart)
        .contains("https://kinerja.lampungselatankab.go.id/camunda/app/tasklist/default/#/?task=t-1");
  }

  @Test
  void aRecipientWithoutAnAddressStaysInTheOutboxOnly() {
    when(employees.byUsername("system")).thenReturn(Optional.empty());
    when(notifications.save(any())).thenAnswer(i -> {
      outbox.add(i.getArgument(0));
      return i.getArgument(0);
    });
    new Notifier(notifications, employees, TestMessages.source(), Clock.fixed(NOW, ZoneOffset.UTC), "http://x")
        .notify("system", "skp-draft-reminder", null, 2026);

    assertThat(outbox).singleElement().satisfies(n -> assertThat(n.getEmail()).isNull());
  }

  private static Object[] args(String template) {
    return switch (template) {
      case "skp-review-task", "skp-escalation" -> new Object[] {"Budi Santoso", 2026};
      case "skp-returned" -> new Object[] {2026, "Target dinaikkan"};
      case "evaluation-published" -> new Object[] {"Q1", "BAIK", "2026-12-07"};
      default -> new Object[] {2026};
    };
  }

  private void deliver() {
    when(notifications.findDue(any(), anyInt(), any())).thenAnswer(i -> List.copyOf(outbox));
    when(notifications.findById(any())).thenAnswer(i -> outbox.stream().findFirst());
    JavaMailSenderImpl sender = new JavaMailSenderImpl();
    sender.setHost("127.0.0.1");
    sender.setPort(smtp.getSmtp().getPort());
    sender.setDefaultEncoding("UTF-8");
    new MailDelivery(notifications, sender, NoTransactions.template(),
        Clock.fixed(NOW, ZoneOffset.UTC), "kinerja@lampungselatankab.go.id", 10).deliverDue();
  }

  private static Employee employee(String username) {
    Employee employee = mock(Employee.class);
    when(employee.getEmail()).thenReturn(username + "@lampungselatankab.go.id");
    return employee;
  }
}

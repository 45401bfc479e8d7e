package id.kinerja.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** Delivery of the outbox to a real SMTP server (GreenMail), and what happens when the server is down. */
class MailDeliveryTest {

  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

  private static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");

  private final Notifications outbox = mock(Notifications.class);
  private final Notification message = new Notification("budi", "budi@lampungselatankab.go.id",
      "SKP tahun 2026 dikembalikan untuk perbaikan", "Pejabat penilai mengembalikan SKP Anda tahun 2026.",
      "http://localhost:8080/camunda/app/tasklist/default/#/?task=42", NOW);

  @Test
  void anOutboxMessageIsMailedInIndonesianWithTheTaskLinkAndMarkedSent() throws Exception {
    MailDelivery delivery = delivery(smtp.getSmtp().getPort());

    delivery.deliverDue();

    MimeMessage[] received = smtp.getReceivedMessages();
    assertThat(received).hasSize(1);
    assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("budi@lampungselatankab.go.id");
    assertThat(received[0].getSubject()).isEqualTo("[Kinerja] SKP tahun 2026 dikembalikan untuk perbaikan");
    assertThat(GreenMailUtil.getBody(received[0])).contains("Pejabat penilai mengembalikan SKP Anda")
        .contains("task=3D42").contains("pesan otomatis");
    assertThat(message.getSentAt()).isEqualTo(NOW);
  }

  @Test
  void aFailingMailServerLeavesTheMessageForARetryLater() {
    MailDelivery delivery = delivery(1);

    delivery.deliverDue();

    assertThat(message.getSentAt()).isNull();
    assertThat(message.getAttempts()).isEqualTo(1);
    assertThat(message.getLastError()).isNotBlank();
  }

  private MailDelivery delivery(int port) {
    when(outbox.findDue(any(), anyInt(), any())).thenReturn(List.of(message));
    when(outbox.findById(any())).thenReturn(Optional.of(message));
    JavaMailSenderImpl sender = new JavaMailSenderImpl();
    sender.setHost("127.0.0.1");
    sender.setPort(port);
    sender.getJavaMailProperties().put("mail.smtp.connectiontimeout", "2000");
    return new MailDelivery(outbox, sender, NoTransactions.template(),
        Clock.fixed(NOW, ZoneOffset.UTC), "kinerja@lampungselatankab.go.id", 10);
  }
}

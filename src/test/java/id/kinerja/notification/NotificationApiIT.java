package id.kinerja.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import id.kinerja.support.PostgresIntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.support.TransactionTemplate;

class NotificationApiIT extends PostgresIntegrationTest {

  @Autowired
  Notifier notifier;

  @Autowired
  TransactionTemplate transaction;

  @Test
  void hrReadsTheOutboxAndEveryoneElseOnlyTheirOwn() {
    transaction.executeWithoutResult(s -> notifier.notify("yusuf", "skp-draft-reminder", null, 2026));

    List<String> own = JsonPath.read(get("yusuf", "/api/v1/notifications", null).getBody(), "$[*].subject");
    List<String> hr = JsonPath.read(get("hr", "/api/v1/notifications", null).getBody(), "$[*].recipient");
    List<String> other = JsonPath.read(get("nurul", "/api/v1/notifications", null).getBody(), "$[*].recipient");

    assertThat(own).contains("Pengingat: SKP tahun 2026 belum diajukan");
    assertThat(hr).contains("yusuf");
    assertThat(other).doesNotContain("yusuf");
    assertThat(get(null, "/api/v1/notifications", null).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }
}

package id.kinerja.organization;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/** An import body over the limit is refused with 413 problem+json before it is read; nothing is stored. */
class ImportSizeLimitIT extends PostgresIntegrationTest {

  @Test
  void anImportOverTwentyMegabytesIsRefusedWithAnIndonesianProblemBeforeItIsRead() {
    String refused = send(20L * 1024 * 1024 + 1, "hr");
    assertThat(refused).startsWith("HTTP/1.1 413");
    assertThat(refused).contains("application/problem+json", "Berkas impor terlalu besar: paling besar 20 MB");
    assertThat(send(20L * 1024 * 1024 + 1, null)).startsWith("HTTP/1.1 413");
    // a small file still goes through the filter to the import
    assertThat(postCsv("hr", "/api/v1/units/import?dryRun=true", "kode,nama,tingkat,induk_kode\n").getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
  }

  /**
   * A request that declares a body of {@code length} bytes and sends none: the refusal must come from the declared
   * length alone, before anything is read (a real client streaming 20 MB would get the same answer first).
   */
  private String send(long length, String username) {
    try (java.net.Socket socket = new java.net.Socket("localhost", port)) {
      socket.setSoTimeout(20_000);
      String auth = username == null ? "" : "Authorization: Basic " + java.util.Base64.getEncoder().encodeToString(
          (username + ":" + PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8)) + "\r\n";
      socket.getOutputStream().write(("POST /api/v1/employees/import?dryRun=true HTTP/1.1\r\nHost: localhost\r\n"
          + "Content-Type: text/csv\r\nContent-Length: " + length + "\r\n" + auth
          + "Connection: close\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
      socket.getOutputStream().flush();
      // the answer, not the end of the connection (Tomcat may keep it open to swallow the body)
      java.io.ByteArrayOutputStream answer = new java.io.ByteArrayOutputStream();
      byte[] buffer = new byte[8192];
      int n;
      while ((n = socket.getInputStream().read(buffer)) > 0) {
        answer.write(buffer, 0, n);
        String text = answer.toString(java.nio.charset.StandardCharsets.UTF_8);
        if (text.contains("\r\n\r\n") && (text.trim().endsWith("}") || text.trim().endsWith("0"))) {
          break;
        }
      }
      return answer.toString(java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @org.springframework.boot.test.web.server.LocalServerPort
  int port;
}

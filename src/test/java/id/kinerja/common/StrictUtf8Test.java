package id.kinerja.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StrictUtf8Test {

  @Test
  void wellFormedUtf8IsDecoded() {
    assertThat(StrictUtf8.decode("nip,nama\n1,Budi Śantoso\n".getBytes(StandardCharsets.UTF_8)))
        .isEqualTo("nip,nama\n1,Budi Śantoso\n");
  }

  @Test
  void malformedBytesAreRefusedWithTheirOffset() {
    byte[] latin1 = "nip,nama\n1,Jos\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);

    assertThatThrownBy(() -> StrictUtf8.decode(latin1)).isInstanceOfSatisfying(ApiException.class, e -> {
      assertThat(e.messageKey()).isEqualTo("input.utf8-invalid");
      assertThat(e.args()).containsExactly(14);
    });
  }

  @Test
  void aTruncatedSequenceAtTheEndAndANulAreRefused() {
    assertThatThrownBy(() -> StrictUtf8.decode(new byte[] {'a', (byte) 0xC3}))
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.messageKey()).isEqualTo("input.utf8-invalid"));
    assertThatThrownBy(() -> StrictUtf8.decode(new byte[] {'a', 0, 'b'}))
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.messageKey()).isEqualTo("input.file-nul"));
  }
}

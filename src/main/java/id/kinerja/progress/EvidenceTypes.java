package id.kinerja.progress;

import java.util.Optional;

/** The type of an evidence file from its first bytes (never from its name): PDF, JPEG or PNG. */
final class EvidenceTypes {

  private EvidenceTypes() {
  }

  static Optional<String> detect(byte[] content) {
    if (startsWith(content, '%', 'P', 'D', 'F', '-')) {
      return Optional.of("application/pdf");
    }
    if (startsWith(content, 0xFF, 0xD8, 0xFF)) {
      return Optional.of("image/jpeg");
    }
    if (startsWith(content, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
      return Optional.of("image/png");
    }
    return Optional.empty();
  }

  private static boolean startsWith(byte[] content, int... prefix) {
    if (content == null || content.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((content[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}

package id.kinerja.progress;

import java.util.regex.Pattern;

/**
 * The name an evidence file is stored and offered for download under: path separators, characters Windows refuses
 * and control characters become {@code _}, and so do invisible format characters ({@code \p{Cf}}: the bidi
 * overrides, embeddings and isolates U+202A–U+202E and U+2066–U+2069, the marks U+200E/U+200F, zero-width
 * characters), so that {@code laporan\u202Efdp.exe} shows as {@code laporan_fdp.exe}, never as
 * {@code laporanexe.pdf}. At most 200 characters, keeping the end (the extension).
 */
final class EvidenceNames {

  static final int MAX_LENGTH = 200;
  private static final Pattern UNSAFE = Pattern.compile("[\\\\/:*?\"<>|\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]");

  private EvidenceNames() {
  }

  static String safe(String name) {
    String base = name == null || name.isBlank() ? "bukti" : UNSAFE.matcher(name).replaceAll("_");
    return base.length() > MAX_LENGTH ? base.substring(base.length() - MAX_LENGTH) : base;
  }
}

package id.kinerja.document;

import java.security.SecureRandom;

/** Unguessable verification codes: 16 characters from an alphabet without look-alikes (no 0/O, 1/I/L). */
public final class VerificationCodes {

  private static final char[] ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ".toCharArray();
  private static final SecureRandom RANDOM = new SecureRandom();

  private VerificationCodes() {
  }

  public static String next() {
    char[] code = new char[16];
    for (int i = 0; i < code.length; i++) {
      code[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
    }
    return new String(code);
  }

  /** Only codes of that shape are looked up. */
  public static boolean looksValid(String code) {
    return code != null && code.length() == 16 && code.chars().allMatch(c -> new String(ALPHABET).indexOf(c) >= 0);
  }
}

package id.kinerja.common;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Uploaded text (CSV) decoded as UTF-8 that is really UTF-8: a malformed or unmappable byte is refused (400 with
 * the byte offset) instead of silently becoming U+FFFD; a NUL character is refused like in every other text.
 */
public final class StrictUtf8 {

  private StrictUtf8() {
  }

  public static String decode(byte[] bytes) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer input = ByteBuffer.wrap(bytes);
    CharBuffer output = CharBuffer.allocate((int) Math.ceil(bytes.length * (double) decoder.maxCharsPerByte()) + 1);
    var result = decoder.decode(input, output, true);
    if (result.isError()) {
      throw ApiException.badRequest("input.utf8-invalid", input.position());
    }
    result = decoder.flush(output);
    if (result.isError()) {
      throw ApiException.badRequest("input.utf8-invalid", input.position());
    }
    String text = output.flip().toString();
    if (TextLimits.hasNul(text)) {
      throw ApiException.badRequest("input.file-nul", text.indexOf('\0'));
    }
    return text;
  }
}

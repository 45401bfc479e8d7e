package id.kinerja.progress;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * What an evidence file of a known type ({@link EvidenceTypes}) must not carry (issue 13), as the message key of the
 * refusal: active PDF content (JavaScript, automatic or launch actions, embedded files, read by PDFBox over every
 * object reachable from the trailer; an /OpenAction that only opens a page is fine), and the polyglots a parser can
 * tell: data after a PNG's IEND or after a JPEG's EOI (other than further JPEG images and zero padding),
 * a ZIP local file header anywhere, an HTML or script tag at the start or the end of any file. A PDF that PDFBox
 * cannot read cannot be checked and is refused too.
 */
final class EvidenceInspection {

  /** Browsers sniff a document's type from its first bytes; tags hidden at the end serve appended polyglots. */
  static final int SNIFFED_BYTES = 1024;
  private static final int MAX_PDF_OBJECTS = 200_000;
  private static final String[] HTML_MARKERS = {"<html", "<script", "<!doctype", "<body", "<iframe", "<svg"};
  private static final Set<String> ACTIVE_KEYS = Set.of("JS", "JavaScript", "AA", "EmbeddedFiles", "EmbeddedFile",
      "EF", "RichMedia", "RichMediaContent", "XFA");
  private static final Set<String> ACTIVE_ACTIONS = Set.of("JavaScript", "Launch", "ImportData", "GoToE", "GoToR",
      "SubmitForm", "RichMediaExecute", "Rendition", "Movie", "Sound");

  private EvidenceInspection() {
  }

  /** Empty when the file may be stored; otherwise the message key (argument: the file name). */
  static Optional<String> refusal(String contentType, byte[] content) {
    if (hasZipHeader(content)) {
      return Optional.of("evidence.polyglot");
    }
    if (hasHtml(content, 0, Math.min(content.length, SNIFFED_BYTES))
        || hasHtml(content, Math.max(0, content.length - SNIFFED_BYTES), content.length)) {
      return Optional.of("evidence.polyglot");
    }
    return switch (contentType) {
      case "image/png" -> pngEnd(content) == content.length ? Optional.empty() : Optional.of("evidence.polyglot");
      case "image/jpeg" -> jpegsEnd(content) == content.length ? Optional.empty() : Optional.of("evidence.polyglot");
      case "application/pdf" -> pdfRefusal(content);
      default -> Optional.empty();
    };
  }

  private static Optional<String> pdfRefusal(byte[] content) {
    try (PDDocument document = Loader.loadPDF(content)) {
      return hasActiveContent(document.getDocument().getTrailer()) ? Optional.of("evidence.pdf-active")
          : Optional.empty();
    } catch (InvalidPasswordException e) {
      return Optional.of("evidence.pdf-encrypted");
    } catch (IOException | RuntimeException e) {
      return Optional.of("evidence.pdf-unreadable");
    }
  }

  /** Walks every dictionary and array reachable from the trailer (indirect objects resolved once each). */
  static boolean hasActiveContent(COSDictionary trailer) {
    Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    java.util.ArrayDeque<COSBase> todo = new java.util.ArrayDeque<>();
    todo.push(trailer);
    while (!todo.isEmpty()) {
      COSBase next = todo.pop();
      COSBase base = next instanceof COSObject indirect ? indirect.getObject() : next;
      if (base == null || !seen.add(base)) {
        continue;
      }
      if (seen.size() > MAX_PDF_OBJECTS) {
        throw new IllegalStateException("too many objects to check");
      }
      if (base instanceof COSDictionary dictionary) {
        for (COSName key : dictionary.keySet()) {
          if (ACTIVE_KEYS.contains(key.getName())) {
            return true;
          }
        }
        COSBase action = dictionary.getDictionaryObject(COSName.S);
        COSBase type = dictionary.getDictionaryObject(COSName.TYPE);
        if (action instanceof COSName name && ACTIVE_ACTIONS.contains(name.getName())
            || type instanceof COSName typeName && "EmbeddedFile".equals(typeName.getName())) {
          return true;
        }
        dictionary.getValues().forEach(todo::push);
      } else if (base instanceof COSArray array) {
        array.forEach(todo::push);
      }
    }
    return false;
  }

  /** The offset just after the IEND chunk, or -1 when the chunk structure is broken. */
  static int pngEnd(byte[] content) {
    int at = 8;
    while (at + 12 <= content.length) {
      long length = ((content[at] & 0xFFL) << 24) | ((content[at + 1] & 0xFF) << 16)
          | ((content[at + 2] & 0xFF) << 8) | (content[at + 3] & 0xFF);
      String type = new String(content, at + 4, 4, StandardCharsets.US_ASCII);
      long end = at + 12 + length;
      if (end > content.length) {
        return -1;
      }
      at = (int) end;
      if ("IEND".equals(type)) {
        return at;
      }
    }
    return -1;
  }

  /**
   * The offset after the last of one or more JPEG images in a row (cameras append preview images, Multi-Picture
   * Format) and any zero padding, or -1 when one is broken.
   */
  static int jpegsEnd(byte[] content) {
    int at = 0;
    do {
      int end = jpegEnd(content, at);
      if (end < 0) {
        return -1;
      }
      at = end;
      while (at < content.length && content[at] == 0) {
        at++;
      }
    } while (at + 2 < content.length && (content[at] & 0xFF) == 0xFF && (content[at + 1] & 0xFF) == 0xD8);
    return at;
  }

  /**
   * The offset just after the EOI marker, or -1 when the marker structure is broken: segments are skipped by their
   * length (so an EXIF thumbnail's own EOI does not count), entropy-coded data after SOS up to the next marker.
   */
  static int jpegEnd(byte[] content, int start) {
    int at = start + 2;
    while (at + 1 < content.length) {
      if ((content[at] & 0xFF) != 0xFF) {
        return -1;
      }
      int marker = content[at + 1] & 0xFF;
      if (marker == 0xFF) {
        at++; // fill byte
        continue;
      }
      if (marker == 0xD9) {
        return at + 2;
      }
      if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
        at += 2;
        continue;
      }
      if (at + 3 >= content.length) {
        return -1;
      }
      int length = ((content[at + 2] & 0xFF) << 8) | (content[at + 3] & 0xFF);
      if (length < 2) {
        return -1;
      }
      at += 2 + length;
      if (marker == 0xDA) {
        at = afterEntropyCodedData(content, at);
      }
    }
    return -1;
  }

  private static int afterEntropyCodedData(byte[] content, int from) {
    int at = from;
    while (at + 1 < content.length) {
      if ((content[at] & 0xFF) == 0xFF) {
        int next = content[at + 1] & 0xFF;
        if (next != 0x00 && !(next >= 0xD0 && next <= 0xD7) && next != 0xFF) {
          return at;
        }
      }
      at++;
    }
    return content.length;
  }

  /** A ZIP local file header: "PK\3\4" followed by a plausible "version needed" (1.0 to 6.3). */
  static boolean hasZipHeader(byte[] content) {
    for (int i = 0; i + 5 < content.length; i++) {
      if (content[i] == 'P' && content[i + 1] == 'K' && content[i + 2] == 3 && content[i + 3] == 4
          && (content[i + 4] & 0xFF) >= 10 && (content[i + 4] & 0xFF) <= 63 && content[i + 5] == 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasHtml(byte[] content, int from, int to) {
    String text = new String(content, from, to - from, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
    for (String marker : HTML_MARKERS) {
      if (text.contains(marker)) {
        return true;
      }
    }
    return false;
  }
}

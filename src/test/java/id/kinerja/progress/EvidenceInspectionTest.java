package id.kinerja.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionLaunch;
import org.apache.pdfbox.pdmodel.interactive.action.PDPageAdditionalActions;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.junit.jupiter.api.Test;

/** Evidence files carry their content only (issue 13): no active PDF content, no polyglots. */
class EvidenceInspectionTest {

  @Test
  void aPlainPdfPngAndJpegPass() throws IOException {
    assertThat(inspect("application/pdf", pdf(document -> { }))).isEmpty();
    assertThat(inspect("image/png", image("png"))).isEmpty();
    assertThat(inspect("image/jpeg", image("jpeg"))).isEmpty();
  }

  @Test
  void anOpenActionThatOnlyOpensAPagePasses() throws IOException {
    assertThat(inspect("application/pdf", pdf(document -> {
      PDPageFitDestination first = new PDPageFitDestination();
      first.setPage(document.getPage(0));
      document.getDocumentCatalog().setOpenAction(first);
    }))).isEmpty();
  }

  @Test
  void javaScriptOnOpeningIsRefused() throws IOException {
    byte[] pdf = pdf(document -> document.getDocumentCatalog()
        .setOpenAction(new PDActionJavaScript("app.alert('halo')")));

    assertThat(inspect("application/pdf", pdf)).contains("evidence.pdf-active");
  }

  @Test
  void pageActionsLaunchAndEmbeddedFilesAreRefused() throws IOException {
    assertThat(inspect("application/pdf", pdf(document -> {
      PDPageAdditionalActions actions = new PDPageAdditionalActions();
      actions.setO(new PDActionLaunch());
      document.getPage(0).setActions(actions);
    }))).contains("evidence.pdf-active");
    assertThat(inspect("application/pdf", pdf(document -> {
      PDComplexFileSpecification file = new PDComplexFileSpecification();
      file.setFile("payload.exe");
      try {
        file.setEmbeddedFile(new PDEmbeddedFile(document, new java.io.ByteArrayInputStream(new byte[] {1, 2})));
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
      PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
      tree.setNames(java.util.Map.of("payload.exe", file));
      PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
      names.setEmbeddedFiles(tree);
      document.getDocumentCatalog().setNames(names);
    }))).contains("evidence.pdf-active");
  }

  @Test
  void javaScriptHiddenBehindAHexEscapedNameIsStillFound() throws IOException {
    String pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R /OpenAction 4 0 R >> endobj\n"
        + "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
        + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >> endobj\n"
        + "4 0 obj << /S /Java#53cript /J#53 (app.alert(1)) >> endobj\n"
        + "trailer << /Root 1 0 R /Size 5 >>\n%%EOF\n";

    assertThat(inspect("application/pdf", pdf.getBytes(StandardCharsets.US_ASCII))).contains("evidence.pdf-active");
  }

  @Test
  void anUnreadablePdfCannotBeCheckedAndIsRefused() {
    byte[] broken = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    assertThat(inspect("application/pdf", broken)).contains("evidence.pdf-unreadable");
  }

  @Test
  void polyglotsAreRefused() throws IOException {
    byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.US_ASCII);
    byte[] zip = zip();

    assertThat(inspect("image/png", concat(image("png"), html))).contains("evidence.polyglot");
    assertThat(inspect("image/png", concat(image("png"), new byte[] {1, 2, 3}))).contains("evidence.polyglot");
    assertThat(inspect("image/jpeg", concat(image("jpeg"), zip))).contains("evidence.polyglot");
    assertThat(inspect("image/jpeg", concat(image("jpeg"), "trailing".getBytes(StandardCharsets.US_ASCII))))
        .contains("evidence.polyglot");
    assertThat(inspect("application/pdf", concat("%PDF-1.4\n%<html><body>".getBytes(StandardCharsets.US_ASCII),
        pdf(document -> { })))).contains("evidence.polyglot");
    assertThat(inspect("application/pdf", concat(pdf(document -> { }), zip))).contains("evidence.polyglot");
  }

  @Test
  void cameraJpegsWithAnAppendedPreviewAndPaddingPass() throws IOException {
    assertThat(inspect("image/jpeg", concat(image("jpeg"), image("jpeg"), new byte[] {0, 0, 0}))).isEmpty();
  }

  private static Optional<String> inspect(String type, byte[] content) {
    assertThat(EvidenceTypes.detect(content)).contains(type);
    return EvidenceInspection.refusal(type, content);
  }

  interface Edit {
    void apply(PDDocument document) throws IOException;
  }

  static byte[] pdf(Edit edit) throws IOException {
    try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      document.addPage(new PDPage());
      edit.apply(document);
      document.save(out);
      return out.toByteArray();
    }
  }

  static byte[] image(String format) throws IOException {
    BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
    image.setRGB(3, 3, 0x336699);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, format, out);
    return out.toByteArray();
  }

  static byte[] zip() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
      zip.putNextEntry(new java.util.zip.ZipEntry("index.html"));
      zip.write("<html></html>".getBytes(StandardCharsets.US_ASCII));
      zip.closeEntry();
    }
    return out.toByteArray();
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List.of(parts).forEach(out::writeBytes);
    return out.toByteArray();
  }
}

package id.kinerja.progress;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A realisation with its evidence (metadata and download link) and the supervisor's comments. */
public record RealisationView(Long id, Long skpId, Long indicatorId, LocalDate date, BigDecimal value,
    String narrative, String description, Instant createdAt, List<EvidenceView> evidence,
    List<CommentView> comments) {

  public record EvidenceView(Long id, String fileName, String contentType, long size, String sha256, String href) {
  }

  public record CommentView(String author, String text, Instant createdAt) {
  }
}

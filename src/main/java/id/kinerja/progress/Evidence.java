package id.kinerja.progress;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** Metadata of an evidence file (bukti dukung); the bytes are in {@link EvidenceContent}. */
@Entity
@Table(name = "evidence")
public class Evidence {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "evidence_seq")
  @SequenceGenerator(name = "evidence_seq", sequenceName = "evidence_seq", allocationSize = 50)
  private Long id;

  @Column(name = "realisation_id", nullable = false)
  private Long realisationId;

  @Column(name = "file_name", nullable = false)
  private String fileName;

  @Column(name = "content_type", nullable = false)
  private String contentType;

  @Column(name = "size_bytes", nullable = false)
  private long size;

  @Column(nullable = false)
  private String sha256;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected Evidence() {
  }

  Evidence(Long realisationId, String fileName, String contentType, long size, String sha256, Instant createdAt) {
    this.realisationId = realisationId;
    this.fileName = fileName;
    this.contentType = contentType;
    this.size = size;
    this.sha256 = sha256;
    this.createdAt = createdAt;
  }

  public Long getId() {
    return id;
  }

  public Long getRealisationId() {
    return realisationId;
  }

  public String getFileName() {
    return fileName;
  }

  public String getContentType() {
    return contentType;
  }

  public long getSize() {
    return size;
  }

  public String getSha256() {
    return sha256;
  }
}

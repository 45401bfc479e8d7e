package id.kinerja.progress;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bytes of an evidence file, stored in the database with the realisation (see docs/decisions.md). */
@Entity
@Table(name = "evidence_content")
public class EvidenceContent {

  @Id
  @Column(name = "evidence_id")
  private Long evidenceId;

  @Column(nullable = false)
  private byte[] content;

  protected EvidenceContent() {
  }

  EvidenceContent(Long evidenceId, byte[] content) {
    this.evidenceId = evidenceId;
    this.content = content;
  }

  public byte[] getContent() {
    return content;
  }
}

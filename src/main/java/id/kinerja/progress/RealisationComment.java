package id.kinerja.progress;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** Continuous feedback (umpan balik berkelanjutan) from a supervisor on a realisation. */
@Entity
@Table(name = "realisation_comment")
public class RealisationComment {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "realisation_comment_seq")
  @SequenceGenerator(name = "realisation_comment_seq", sequenceName = "realisation_comment_seq", allocationSize = 50)
  private Long id;

  @Column(name = "realisation_id", nullable = false)
  private Long realisationId;

  @Column(nullable = false)
  private String author;

  @Column(nullable = false)
  private String text;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected RealisationComment() {
  }

  RealisationComment(Long realisationId, String author, String text, Instant createdAt) {
    this.realisationId = realisationId;
    this.author = author;
    this.text = text;
    this.createdAt = createdAt;
  }

  public Long getRealisationId() {
    return realisationId;
  }

  public String getAuthor() {
    return author;
  }

  public String getText() {
    return text;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}

package id.kinerja.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One nominated peer's feedback on the BerAKHLAK values; unanswered by the deadline it stays empty (skipped). */
@Entity
@Table(name = "peer_feedback")
public class PeerFeedback {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "peer_feedback_seq")
  @SequenceGenerator(name = "peer_feedback_seq", sequenceName = "peer_feedback_seq", allocationSize = 50)
  private Long id;

  @Column(name = "evaluation_id", nullable = false)
  private Long evaluationId;

  @Column(nullable = false)
  private String peer;

  private String ratings;

  @Column(name = "comment_text")
  private String comment;

  @Column(name = "nominated_at", nullable = false)
  private Instant nominatedAt;

  @Column(name = "answered_at")
  private Instant answeredAt;

  protected PeerFeedback() {
  }

  PeerFeedback(Long evaluationId, String peer, Instant nominatedAt) {
    this.evaluationId = evaluationId;
    this.peer = peer;
    this.nominatedAt = nominatedAt;
  }

  void answer(String ratings, String comment, Instant at) {
    this.ratings = ratings;
    this.comment = comment;
    this.answeredAt = at;
  }

  String getPeer() {
    return peer;
  }

  String getRatings() {
    return ratings;
  }

  String getComment() {
    return comment;
  }

  boolean isAnswered() {
    return answeredAt != null;
  }
}

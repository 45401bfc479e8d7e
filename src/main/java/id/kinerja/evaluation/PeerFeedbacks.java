package id.kinerja.evaluation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PeerFeedbacks extends JpaRepository<PeerFeedback, Long> {

  List<PeerFeedback> findByEvaluationIdOrderByIdAsc(Long evaluationId);

  Optional<PeerFeedback> findByEvaluationIdAndPeer(Long evaluationId, String peer);
}

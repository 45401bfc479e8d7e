package id.kinerja.evaluation;

import id.kinerja.planning.CoreValue;
import id.kinerja.common.ApiException;
import id.kinerja.common.AuditTrail;
import id.kinerja.common.ValidationFailedException;
import id.kinerja.common.Violation;
import id.kinerja.organization.Employee;
import id.kinerja.organization.Staff;
import id.kinerja.planning.SkpService;
import id.kinerja.planning.SkpView;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Peer feedback (360), optional per cycle: the supervisor nominates up to {@value #MAX_PEERS} colleagues, each
 * rates the seven BerAKHLAK values; unanswered by the deadline → skipped. Answers are anonymous to the employee:
 * only counts per value and rating are shown. Bean name {@code peerFeedback}: the BPMN reads the peers from it.
 */
@Service("peerFeedback")
public class PeerFeedbackService {

  static final int MAX_PEERS = 8;

  private final PeerFeedbacks feedback;
  private final Evaluations evaluations;
  private final SkpService skps;
  private final Staff employees;
  private final AuditTrail audit;
  private final Clock clock;

  PeerFeedbackService(PeerFeedbacks feedback, Evaluations evaluations, SkpService skps, Staff employees,
      AuditTrail audit, Clock clock) {
    this.feedback = feedback;
    this.evaluations = evaluations;
    this.skps = skps;
    this.employees = employees;
    this.audit = audit;
    this.clock = clock;
  }

  /** The peers nominated for an evaluation (the multi-instance collection of the BPMN). */
  @Transactional(readOnly = true)
  public List<String> peersOf(Long evaluationId) {
    return feedback.findByEvaluationIdOrderByIdAsc(evaluationId).stream().map(PeerFeedback::getPeer).toList();
  }

  /** Colleagues in the employee's unit, as options for the nomination form. */
  @Transactional(readOnly = true)
  public List<Map<String, String>> candidates(long evaluationId) {
    SkpView skp = skpOf(evaluationId);
    Employee employee = employees.byUsername(skp.employeeUsername()).orElseThrow();
    return employees.activeInUnits(Set.of(employee.getUnit().getId())).stream()
        .filter(e -> !e.getId().equals(employee.getId()))
        .map(e -> Map.of("value", e.getUsername(), "label", e.getName())).toList();
  }

  @Transactional
  public void nominate(long evaluationId, List<String> peers, String actor) {
    SkpView skp = skpOf(evaluationId);
    List<String> chosen = peers == null ? List.of() : peers.stream().map(String::trim).distinct().toList();
    List<Violation> violations = new ArrayList<>();
    if (chosen.size() > MAX_PEERS) {
      violations.add(Violation.of("rekanKerja", "peer.too-many", MAX_PEERS));
    }
    for (String peer : chosen) {
      if (peer.equals(skp.employeeUsername()) || employees.byUsername(peer).filter(Employee::isActive).isEmpty()) {
        violations.add(Violation.of("rekanKerja", "peer.unknown", peer));
      }
    }
    if (!violations.isEmpty()) {
      throw new ValidationFailedException("evaluation.invalid", violations);
    }
    chosen.forEach(peer -> feedback.save(new PeerFeedback(evaluationId, peer, clock.instant())));
    audit.record(actor, "PEERS_NOMINATED", "evaluation", String.valueOf(evaluationId), String.join(",", chosen));
  }

  @Transactional
  public void answer(long evaluationId, String peer, Map<CoreValue, String> ratings, String comment) {
    PeerFeedback row = feedback.findByEvaluationIdAndPeer(evaluationId, peer)
        .orElseThrow(() -> ApiException.forbidden("peer.not-nominated", evaluationId));
    List<Violation> violations = new ArrayList<>();
    Map<CoreValue, Rating> parsed = new EnumMap<>(CoreValue.class);
    for (CoreValue value : CoreValue.values()) {
      String raw = ratings.get(value);
      try {
        parsed.put(value, Rating.valueOf(String.valueOf(raw).trim().toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        violations.add(Violation.of(value.field(), "evaluation.rating-required"));
      }
    }
    if (comment != null && comment.length() > 2000) {
      violations.add(Violation.of("komentar", "peer.comment-too-long", 2000));
    }
    if (!violations.isEmpty()) {
      throw new ValidationFailedException("evaluation.invalid", violations);
    }
    row.answer(parsed.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(";")),
        comment == null || comment.isBlank() ? null : comment.trim(), clock.instant());
  }

  /** Anonymous aggregate: per value the count of each rating, how many answered, and the comments unsigned. */
  @Transactional(readOnly = true)
  public String summary(long evaluationId) {
    List<PeerFeedback> rows = feedback.findByEvaluationIdOrderByIdAsc(evaluationId);
    if (rows.isEmpty()) {
      return "Tidak ada umpan balik rekan kerja.";
    }
    List<PeerFeedback> answered = rows.stream().filter(PeerFeedback::isAnswered).toList();
    Map<CoreValue, Map<Rating, Integer>> counts = new EnumMap<>(CoreValue.class);
    for (PeerFeedback row : answered) {
      for (String pair : row.getRatings().split(";")) {
        String[] kv = pair.split("=");
        counts.computeIfAbsent(CoreValue.valueOf(kv[0]), k -> new EnumMap<>(Rating.class))
            .merge(Rating.valueOf(kv[1]), 1, Integer::sum);
      }
    }
    StringBuilder text = new StringBuilder("Umpan balik rekan kerja: " + answered.size() + " dari " + rows.size()
        + " rekan menjawab.");
    for (CoreValue value : CoreValue.values()) {
      Map<Rating, Integer> c = counts.getOrDefault(value, Map.of());
      text.append("\n").append(value.label()).append(": di atas ").append(c.getOrDefault(Rating.DI_ATAS_EKSPEKTASI, 0))
          .append(", sesuai ").append(c.getOrDefault(Rating.SESUAI_EKSPEKTASI, 0)).append(", di bawah ")
          .append(c.getOrDefault(Rating.DI_BAWAH_EKSPEKTASI, 0));
    }
    answered.stream().map(PeerFeedback::getComment).filter(c -> c != null)
        .forEach(c -> text.append("\n- \"").append(c).append('"'));
    return text.toString();
  }

  private SkpView skpOf(long evaluationId) {
    Evaluation evaluation = evaluations.findById(evaluationId)
        .orElseThrow(() -> ApiException.notFound("evaluation.not-found", evaluationId));
    return skps.view(evaluation.getSkpId());
  }

}

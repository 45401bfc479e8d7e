package id.kinerja.evaluation;

import id.kinerja.common.Durations;
import java.time.LocalDate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The evaluation's deadlines, from one place: the objection window after publication
 * ({@code kinerja.evaluation.objection-days}), the senior's time to decide an objection before HR does
 * ({@code kinerja.evaluation.objection-decision-days}) and the time nominated peers have to answer
 * ({@code kinerja.evaluation.peer-feedback-days}), as days, as the timers of {@code evaluasi-kinerja} read them, and
 * as the date shown to the employee.
 */
@Component
public class EvaluationDeadlines {

  private final int objectionDays;
  private final int peerFeedbackDays;
  private final int objectionDecisionDays;

  EvaluationDeadlines(int objectionDays, int peerFeedbackDays) {
    this(objectionDays, peerFeedbackDays, 14);
  }

  @org.springframework.beans.factory.annotation.Autowired
  EvaluationDeadlines(@Value("${kinerja.evaluation.objection-days}") int objectionDays,
      @Value("${kinerja.evaluation.peer-feedback-days}") int peerFeedbackDays,
      @Value("${kinerja.evaluation.objection-decision-days}") int objectionDecisionDays) {
    this.objectionDays = objectionDays;
    this.peerFeedbackDays = peerFeedbackDays;
    this.objectionDecisionDays = objectionDecisionDays;
  }

  /**
   * How long the senior has to decide an objection before it goes to HR ({@code kinerja.evaluation
   * .objection-decision-days}, Kinerja's default 14; process variable {@code batasPutusanKeberatan}).
   */
  public String objectionDecisionTimer() {
    return Durations.days(objectionDecisionDays);
  }

  /** Timer of the objection window (process variable {@code batasKeberatan}). */
  public String objectionTimer() {
    return Durations.days(objectionDays);
  }

  /** Timer of the peers' answers (process variable {@code batasUmpanBalik}). */
  public String peerFeedbackTimer() {
    return Durations.days(peerFeedbackDays);
  }

  /** The last day an employee may object to a result published on {@code publishedOn}. */
  public LocalDate objectionDeadline(LocalDate publishedOn) {
    return publishedOn.plusDays(objectionDays);
  }

  /**
   * The instant the objection window closes (domain.md, Follow-up: the end, 23:59:59 in the Pemda's zone, of the
   * 14th calendar day after the day the employee was notified): the start of the next day in {@code zone}. The
   * timer of {@code evaluasi-kinerja} fires then (process variable {@code batasKeberatanSampai}), and the deadline
   * date shown to the employee is that day's date.
   */
  public java.time.Instant objectionClosesAt(java.time.Instant notifiedAt, java.time.ZoneId zone) {
    return objectionDeadline(notifiedAt.atZone(zone).toLocalDate()).plusDays(1).atStartOfDay(zone).toInstant();
  }
}

package id.kinerja.survey;

import id.kinerja.common.ApiException;
import id.kinerja.common.AuditTrail;
import id.kinerja.organization.OrganizationChart;
import id.kinerja.organization.OrganizationCharts;
import id.kinerja.organization.UnitHead;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Complaints from the survey: each starts {@code tindak-lanjut-pengaduan}. The head of the service unit answers
 * (a vacant head post falls through to the next head up); past the response deadline the task moves to the head
 * one level above. The answer is recorded and audited.
 */
@Service
public class ComplaintHandling {

  public static final String PROCESS_KEY = ComplaintVariables.PROCESS_KEY;

  private final Complaints complaints;
  private final OrganizationCharts charts;
  private final RuntimeService runtime;
  private final AuditTrail audit;
  private final Clock clock;
  private final int responseDays;

  ComplaintHandling(Complaints complaints, OrganizationCharts charts, RuntimeService runtime, AuditTrail audit,
      Clock clock, @Value("${kinerja.survey.complaint-response-days:5}") int responseDays) {
    this.complaints = complaints;
    this.charts = charts;
    this.runtime = runtime;
    this.audit = audit;
    this.clock = clock;
    this.responseDays = responseDays;
  }

  @Transactional
  void open(SurveyResponse response) {
    String deadline = id.kinerja.common.Durations.days(responseDays);
    java.time.Instant received = clock.instant();
    // the same instant as the process's timer: the received moment plus the response days
    Complaint complaint = complaints.saveAndFlush(new Complaint(response.getUnit(), response.getId(),
        response.getSuggestion(), received, received.plus(java.time.Duration.parse(deadline))));
    complaint.startedAs(runtime.startProcessInstanceByKey(PROCESS_KEY,
        ComplaintVariables.BUSINESS_KEY_PREFIX + complaint.getId(), Map.of(ComplaintVariables.COMPLAINT_ID,
            complaint.getId(), ComplaintVariables.RESPONSE_DEADLINE, deadline)).getId());
  }

  /** Who answers at the given level: 0 the head of the service unit, 1 the head above that one. */
  @Transactional(readOnly = true)
  public Optional<UnitHead> responder(long complaintId, int level) {
    Complaint complaint = load(complaintId);
    OrganizationChart chart = charts.current();
    Long unitId = complaint.getUnit().getId();
    UnitHead head = chart.firstHeadFrom(unitId);
    for (int i = 0; i < level && head != null; i++) {
      head = chart.firstHeadAbove(head);
    }
    return Optional.ofNullable(head);
  }

  @Transactional(readOnly = true)
  public String textOf(long complaintId) {
    Complaint complaint = load(complaintId);
    return "Unit layanan: " + complaint.getUnit().getName() + "\nDiterima: " + complaint.getReceivedAt()
        + "\n\n" + complaint.getText();
  }

  @Transactional
  public void answer(long complaintId, String answer, String by) {
    if (answer == null || answer.isBlank()) {
      throw ApiException.badRequest("complaint.answer-required");
    }
    if (answer.length() > 4000) {
      throw ApiException.badRequest("complaint.answer-too-long", 4000);
    }
    Complaint complaint = load(complaintId);
    complaint.answer(answer.trim(), by, clock.instant());
    audit.record(by, "COMPLAINT_ANSWERED", "complaint", String.valueOf(complaintId), answer.trim());
  }

  private Complaint load(long id) {
    return complaints.findWithUnit(id).orElseThrow(() -> ApiException.notFound("complaint.not-found", id));
  }
}

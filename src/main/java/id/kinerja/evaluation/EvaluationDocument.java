package id.kinerja.evaluation;

import id.kinerja.common.ApiException;
import id.kinerja.document.PdfText;
import id.kinerja.organization.Employee;
import id.kinerja.organization.OrgUnit;
import id.kinerja.organization.PemdaClocks;
import id.kinerja.organization.Staff;
import id.kinerja.organization.UnitLevel;
import id.kinerja.organization.ReportingLine;
import id.kinerja.planning.SkpService;
import id.kinerja.planning.SkpView;
import id.kinerja.progress.Achievement;
import id.kinerja.progress.ProgressService;
import id.kinerja.security.KinerjaUser;
import id.kinerja.security.Role;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Dokumen evaluasi kinerja (PDF) of a published evaluation: identity, period, SKP with realisation and capaian,
 * both ratings, predikat, feedback, approvals with names and dates, objection, and the verification code that
 * {@code /verifikasi/{code}} confirms. For the employee, the heads above (supervisor, senior) and HR.
 */
@Service
public class EvaluationDocument {

  private final DateTimeFormatter dateTime;

  private final Evaluations evaluations;
  private final SkpService skps;
  private final ProgressService progress;
  private final Staff employees;
  private final String baseUrl;
  private final EvaluationService evaluationService;
  private final OrganisationAssessment organisations;
  private final DistributionCurves curves;
  private final PemdaClocks clocks;

  EvaluationDocument(Evaluations evaluations, SkpService skps, ProgressService progress, Staff employees,
      @Value("${kinerja.base-url:http://localhost:8080}") String baseUrl, Clock clock,
      EvaluationService evaluationService, OrganisationAssessment organisations, DistributionCurves curves,
      PemdaClocks clocks) {
    this.evaluationService = evaluationService;
    this.organisations = organisations;
    this.curves = curves;
    this.clocks = clocks;
    this.dateTime = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm").withZone(clock.getZone());
    this.evaluations = evaluations;
    this.skps = skps;
    this.progress = progress;
    this.employees = employees;
    this.baseUrl = baseUrl;
  }

  @Transactional(readOnly = true)
  public byte[] render(long id, KinerjaUser user) {
    Evaluation e = evaluations.findById(id).orElseThrow(() -> ApiException.notFound("evaluation.not-found", id));
    SkpView skp = skps.view(e.getSkpId(), user);
    if (!mayDownload(skp, user)) {
      throw ApiException.forbidden("evaluation.document-forbidden", id);
    }
    if (e.getPublishedAt() == null) {
      throw ApiException.conflict("evaluation.not-published", id);
    }
    return render(e, skp);
  }

  /**
   * The document of a published evaluation for a caller already authorised for the employee's unit (the background
   * ZIP of an organisation's documents, issue 19): no caller check here.
   */
  @Transactional(readOnly = true)
  public byte[] renderAuthorised(long id) {
    Evaluation e = evaluations.findById(id).orElseThrow(() -> ApiException.notFound("evaluation.not-found", id));
    if (e.getPublishedAt() == null) {
      throw ApiException.conflict("evaluation.not-published", id);
    }
    return render(e, skps.view(e.getSkpId()));
  }

  private byte[] render(Evaluation e, SkpView skp) {
    long id = e.getId();
    // the period's targets, realisations and capaian exactly as the evaluation shows and scored them
    Map<Long, EvaluationCapaian.Indicator> measured = new java.util.HashMap<>();
    java.util.List<EvaluationCapaian.Rhk> shown = evaluationService.view(id).rhk();
    if (shown != null) {
      shown.forEach(r -> r.indicators().forEach(i -> measured.put(i.id(), i)));
    }
    Map<Long, BigDecimal> realised = progress.realisedAsOf(skp.id(), e.getPeriodTo());
    java.util.Optional<Employee> employee = employees.byUsername(skp.employeeUsername());
    OrgUnit unit = employee.map(Employee::getUnit).orElse(null);
    OrgUnit organisation = ancestor(unit, false);
    OrgUnit pemda = ancestor(unit, true);
    EvaluationDocumentText.Person person = person(employee);
    EvaluationDocumentText.Person supervisor = person(e.getAssessedBy() == null ? java.util.Optional.empty()
        : employees.byUsername(e.getAssessedBy()));
    EvaluationDocumentText.Person senior = person(e.getApprovedBy() == null ? java.util.Optional.empty()
        : employees.byUsername(e.getApprovedBy()));
    PdfText pdf = new PdfText("Dokumen evaluasi kinerja " + skp.employeeName() + " " + e.getPeriodCode() + " "
        + skp.year());
    pdf.title("DOKUMEN EVALUASI KINERJA PEGAWAI")
        .paragraph((pemda == null ? "" : pemda.getName() + " - ")
            + (organisation == null ? "" : organisation.getName()))
        .paragraph("Periode " + e.getPeriodCode() + " tahun " + skp.year() + " (" + e.getPeriodFrom() + " s.d. "
            + e.getPeriodTo() + ")")
        .heading("Identitas");
    EvaluationDocumentText.person(pdf, "Pegawai yang dinilai", new EvaluationDocumentText.Person(
        skp.employeeName(), skp.employeeNip(), person.pangkatGolongan(), person.position(), person.unit()));
    EvaluationDocumentText.person(pdf, "Pejabat penilai kinerja", supervisor);
    EvaluationDocumentText.person(pdf, "Atasan pejabat penilai", senior);
    if (EvaluationService.ANNUAL.equals(e.getPeriodCode())) {
      OrganisationRating rating = organisations.ratingFor(e).orElse(null);
      OrganisationPredikat predikat = rating == null ? null : rating.getPredikat();
      EvaluationDocumentText.organisation(pdf, organisation == null ? null : organisation.getName(), predikat,
          predikat == null ? java.util.List.of() : curves.forCycle(e.getCycleId()).rulesFor(predikat));
    }
    pdf.heading("Sasaran Kinerja Pegawai");
    int n = 1;
    for (SkpView.RhkView rhk : skp.rhk()) {
      pdf.paragraph(n++ + ". " + rhk.text() + " (" + rhk.type() + ", bobot " + rhk.weight() + "%)");
      for (SkpView.IndicatorView indicator : rhk.indicators()) {
        EvaluationCapaian.Indicator m = measured.get(indicator.id());
        BigDecimal target = m != null ? m.target() : indicator.target();
        BigDecimal r = m != null ? m.realisation() : realised.get(indicator.id());
        BigDecimal c = m != null ? m.capaian() : indicator.isNumeric() ? Achievement.report(
            Achievement.indicatorCapaian(r, indicator.target(), indicator.direction())) : null;
        pdf.paragraph("    - " + indicator.text() + ": target " + (target == null ? "-"
            : target.stripTrailingZeros().toPlainString() + (indicator.unit() == null ? ""
                : " " + indicator.unit())) + ", realisasi " + (r == null ? (indicator.isNumeric()
            ? "belum ada realisasi" : "-") : r.stripTrailingZeros().toPlainString())
            + (indicator.ikmUnitCode() == null ? "" : " (otomatis dari IKM unit " + indicator.ikmUnitCode() + ")")
            + ", capaian " + (c == null ? "-" : c.toPlainString() + "%"));
      }
    }
    pdf.heading("Hasil penilaian")
        .line("Capaian tertimbang", e.getWeightedCapaian() == null ? "-"
            : Achievement.report(e.getWeightedCapaian()).toPlainString() + "%")
        .line("Saran rating hasil kerja", String.valueOf(e.getSuggestedRating()))
        .line("Rating hasil kerja", e.getResultsRating() + (e.getOverrideReason() == null ? ""
            : " (alasan perubahan: " + e.getOverrideReason() + ")"));
    EvaluationDocumentText.behaviour(pdf, skp.expectations(),
        EvaluationDocumentText.parseRatings(e.getBehaviourRatings()));
    pdf.line("Rating perilaku kerja", String.valueOf(e.getBehaviourRating()))
        .line("PREDIKAT KINERJA", String.valueOf(e.getPredikat()))
        .line("Umpan balik", e.getSupervisorNotes());
    pdf.heading("Persetujuan");
    for (EvaluationRound round : e.getRounds()) {
      pdf.line("Persetujuan akhir ke-" + round.getRound(), round.getDecision() + " oleh " + nameOf(round.getDecidedBy())
          + ", " + dateTime.format(round.getDecidedAt()) + (round.getNotes() == null ? "" : " - " + round.getNotes()));
    }
    pdf.line("Diumumkan", dateTime.format(e.getPublishedAt()) + "; batas keberatan " + e.getObjectionDeadline());
    if (e.getObjectionReasons() != null) {
      pdf.line("Keberatan", e.getObjectionReasons())
          .line("Keputusan keberatan", e.getObjectionDecision() == null ? "dalam proses"
              : e.getObjectionDecision() + " - " + e.getObjectionNotes());
    }
    java.time.ZoneId zone = clocks.zoneOf(unit);
    EvaluationDocumentText.signatures(pdf, pemda == null ? null : pemda.getSeat().orElse(pemda.getName()),
        e.getPublishedAt().atZone(zone).toLocalDate(), new EvaluationDocumentText.Person(skp.employeeName(),
            skp.employeeNip(), null, null, null), supervisor);
    pdf.space(12)
        .line("Kode verifikasi", e.getVerificationCode())
        .paragraph("Periksa keaslian dokumen di " + baseUrl + "/verifikasi/" + e.getVerificationCode());
    return pdf.toBytes();
  }

  /** The employee, their supervisor and senior (as the tree stands now), and HR. */
  private boolean mayDownload(SkpView skp, KinerjaUser user) {
    if (user.has(Role.HR) || skp.employeeUsername().equals(user.username())) {
      return true;
    }
    ReportingLine line = skps.reportingLineOf(skp.id());
    return line.supervisor() != null && line.supervisor().username().equals(user.username())
        || line.senior() != null && line.senior().username().equals(user.username());
  }

  /** The employee's organisation (OPD, or the Pemda for its own staff) or, with {@code root}, the Pemda. */
  private static OrgUnit ancestor(OrgUnit unit, boolean root) {
    OrgUnit at = unit;
    while (at != null && at.getParent() != null && (root
        || at.getLevel() != UnitLevel.OPD && at.getLevel() != UnitLevel.PEMDA)) {
      at = at.getParent();
    }
    return at;
  }

  private static EvaluationDocumentText.Person person(java.util.Optional<Employee> found) {
    return found.map(emp -> new EvaluationDocumentText.Person(emp.getName(), emp.getNip(),
        EvaluationDocumentText.pangkatGolongan(emp.getPangkat(), emp.getGolongan()),
        emp.getPosition() == null ? null : emp.getPosition().getName(),
        emp.getUnit() == null ? null : emp.getUnit().getName())).orElse(EvaluationDocumentText.Person.UNKNOWN);
  }

  private String nameOf(String username) {
    if (username == null) {
      return "-";
    }
    return employees.byUsername(username).map(emp -> emp.getName() + " (NIP " + emp.getNip() + ")")
        .orElse(username);
  }

}

package id.kinerja.evaluation;

import id.kinerja.document.VerificationSource;
import id.kinerja.document.VerifiedDocument;
import id.kinerja.planning.SkpService;
import id.kinerja.planning.SkpView;
import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Confirms an evaluation document: holder, period and predikat — nothing else (no NIP, no scores). */
@Component
class EvaluationVerification implements VerificationSource {

  private final Evaluations evaluations;
  private final SkpService skps;

  private final Clock clock;

  EvaluationVerification(Evaluations evaluations, SkpService skps, Clock clock) {
    this.clock = clock;
    this.evaluations = evaluations;
    this.skps = skps;
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<VerifiedDocument> find(String code) {
    return evaluations.findByVerificationCode(code).map(e -> {
      SkpView skp = skps.view(e.getSkpId());
      return new VerifiedDocument("Dokumen evaluasi kinerja pegawai", skp.employeeName(),
          "Periode " + e.getPeriodCode() + " " + skp.year() + ", predikat " + e.getPredikat(),
          e.getPublishedAt().atZone(clock.getZone()).toLocalDate());
    });
  }
}

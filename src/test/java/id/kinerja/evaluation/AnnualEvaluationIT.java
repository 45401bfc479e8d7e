package id.kinerja.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The organisation's predikat comes first, the curve is checked and an out-of-curve organisation is calibrated by
 * HR before final approval ({@link AnnualResultScenario}); the follow-ups are {@code coaching.AnnualCoachingIT} and
 * {@code reward.AnnualRewardIT}.
 */
class AnnualEvaluationIT extends AnnualResultScenario {

  @Test
  void theOrganisationPredikatComesFirstAndAnOutOfCurveOrganisationIsCalibratedBeforeFinalApproval() {
    AnnualResult annual = annualResults();

    Evaluation nurul = evaluations.findById(annual.nurul().getId()).orElseThrow();
    assertThat(nurul.getPredikat()).as("calibrated").isEqualTo(Predikat.BUTUH_PERBAIKAN);
    assertThat(auditLog.findBySubjectTypeAndSubjectIdOrderByOccurredAtAsc("evaluation", String.valueOf(nurul.getId())))
        .filteredOn(e -> e.getAction().equals("PREDIKAT_CALIBRATED")).singleElement()
        .satisfies(e -> assertThat(e.getActor()).isEqualTo("hr"));
    Evaluation yusuf = evaluations.findById(annual.yusuf().getId()).orElseThrow();
    assertThat(yusuf.getPredikat()).isEqualTo(Predikat.SANGAT_BAIK);
    assertThat(yusuf.getStatus()).isIn(EvaluationStatus.PUBLISHED, EvaluationStatus.FINAL);
  }
}

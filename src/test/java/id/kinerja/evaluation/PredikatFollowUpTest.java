package id.kinerja.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** domain.md, Follow-up: reward for SANGAT_BAIK, coaching below BAIK, nothing for BAIK. */
class PredikatFollowUpTest {

  @ParameterizedTest
  @CsvSource({"SANGAT_BAIK,REWARD", "BAIK,NONE", "BUTUH_PERBAIKAN,COACHING", "KURANG,COACHING",
      "SANGAT_KURANG,COACHING"})
  void eachPredikatLeadsToItsFollowUp(Predikat predikat, FollowUp followUp) {
    assertThat(predikat.followUp()).isEqualTo(followUp);
  }
}

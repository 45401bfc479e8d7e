package id.kinerja.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** All nine cells of the domain.md matrix against processes/predikat-kinerja.dmn. */
class PredikatMatrixTest {

  private static DmnEngine dmn;
  private static DmnDecision decision;

  @BeforeAll
  static void parse() throws IOException {
    dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream file = new FileInputStream("processes/predikat-kinerja.dmn")) {
      decision = dmn.parseDecision("predikat-kinerja", file);
    }
  }

  @ParameterizedTest(name = "{0} × {1} → {2}")
  @CsvSource({
      "DI_ATAS_EKSPEKTASI, DI_BAWAH_EKSPEKTASI, KURANG",
      "DI_ATAS_EKSPEKTASI, SESUAI_EKSPEKTASI, BAIK",
      "DI_ATAS_EKSPEKTASI, DI_ATAS_EKSPEKTASI, SANGAT_BAIK",
      "SESUAI_EKSPEKTASI, DI_BAWAH_EKSPEKTASI, KURANG",
      "SESUAI_EKSPEKTASI, SESUAI_EKSPEKTASI, BAIK",
      "SESUAI_EKSPEKTASI, DI_ATAS_EKSPEKTASI, BAIK",
      "DI_BAWAH_EKSPEKTASI, DI_BAWAH_EKSPEKTASI, SANGAT_KURANG",
      "DI_BAWAH_EKSPEKTASI, SESUAI_EKSPEKTASI, BUTUH_PERBAIKAN",
      "DI_BAWAH_EKSPEKTASI, DI_ATAS_EKSPEKTASI, BUTUH_PERBAIKAN"})
  void predikat(String results, String behaviour, String predikat) {
    String result = dmn.evaluateDecisionTable(decision, Variables.createVariables()
        .putValue("ratingHasilKerja", results).putValue("ratingPerilakuKerja", behaviour)).getSingleEntry();

    assertThat(result).isEqualTo(predikat);
  }
}

package id.kinerja.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PortalPageOfInstanceTest {

  @ParameterizedTest
  @CsvSource(nullValues = "NULL", value = {
      "skp-12, /app/skp/12",
      "dialog-12, /app/skp/12",
      "pembinaan-skp-12-1767225600000, /app/skp/12",
      "evaluasi-7, /app/evaluasi/7",
      "periode-3, /app/hr?periode=3",
      "organisasi-4, /app/beranda",
      "pengaduan-5, /app/beranda",
      "skp-, /app/beranda",
      "skp-12x, /app/beranda",
      "evaluasi-7-1, /app/beranda",
      "NULL, /app/beranda"})
  void aBusinessKeyLeadsToThePageOfWhatTheInstanceServes(String businessKey, String page) {
    assertThat(PortalPageOfInstance.of(businessKey)).isEqualTo(page);
  }
}

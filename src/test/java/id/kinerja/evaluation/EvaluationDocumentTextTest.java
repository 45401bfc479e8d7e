package id.kinerja.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.document.PdfText;
import id.kinerja.planning.CoreValue;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, item 8: what domain.md (Follow-up) lists for the dokumen evaluasi kinerja and today's document lacks —
 * pangkat/golongan, jabatan and unit of the three people, the organisation's predikat and distribution pattern,
 * per BerAKHLAK value the expectation and feedback, place/date and the signature blocks — as rendered text.
 */
class EvaluationDocumentTextTest {

  private static final EvaluationDocumentText.Person NURUL = new EvaluationDocumentText.Person("Nurul Huda, S.Kep.",
      "199001012015012001", EvaluationDocumentText.pangkatGolongan("Penata Muda", "III/a"), "Perawat Ahli Pertama",
      "UPT Puskesmas Kalianda");
  private static final EvaluationDocumentText.Person KAPUS = new EvaluationDocumentText.Person("dr. Yusuf",
      "198001012005011002", EvaluationDocumentText.pangkatGolongan("Penata Tingkat I", "III/d"),
      "Kepala UPT Puskesmas", "UPT Puskesmas Kalianda");
  private static final EvaluationDocumentText.Person KADIS = new EvaluationDocumentText.Person("Ir. Hadi",
      "197001012000031003", EvaluationDocumentText.pangkatGolongan("Pembina Utama Muda", "IV/c"),
      "Kepala Dinas Kesehatan", "Dinas Kesehatan");

  @Test
  void theThreePeopleWithPangkatGolonganJabatanAndUnit() {
    String text = render(pdf -> {
      EvaluationDocumentText.person(pdf, "Pegawai yang dinilai", NURUL);
      EvaluationDocumentText.person(pdf, "Pejabat penilai kinerja", KAPUS);
      EvaluationDocumentText.person(pdf, "Atasan pejabat penilai", KADIS);
    });

    assertThat(text).contains("Pegawai yang dinilai Nama: Nurul Huda, S.Kep. NIP: 199001012015012001 "
            + "Pangkat/golongan: Penata Muda (III/a) Jabatan: Perawat Ahli Pertama Unit kerja: UPT Puskesmas Kalianda")
        .contains("Pejabat penilai kinerja Nama: dr. Yusuf NIP: 198001012005011002 Pangkat/golongan: Penata Tingkat I "
            + "(III/d) Jabatan: Kepala UPT Puskesmas")
        .contains("Atasan pejabat penilai Nama: Ir. Hadi NIP: 197001012000031003 Pangkat/golongan: Pembina Utama "
            + "Muda (IV/c) Jabatan: Kepala Dinas Kesehatan Unit kerja: Dinas Kesehatan");
  }

  @Test
  void aPppkHasAGolonganOnlyAndAnUnknownPersonShowsDashes() {
    assertThat(EvaluationDocumentText.pangkatGolongan(null, "IX")).isEqualTo("IX");
    assertThat(EvaluationDocumentText.pangkatGolongan(" ", null)).isNull();
    String text = render(pdf -> EvaluationDocumentText.person(pdf, "Atasan pejabat penilai",
        EvaluationDocumentText.Person.UNKNOWN));
    assertThat(text).contains("Atasan pejabat penilai Nama: - NIP: - Pangkat/golongan: - Jabatan: - Unit kerja: -");
  }

  @Test
  void theOrganisationsPredikatAndItsDistributionPattern() {
    List<DistributionCurve.Rule> baik = List.of(
        new DistributionCurve.Rule(Set.of(Predikat.BAIK), new BigDecimal("70"), null, null),
        new DistributionCurve.Rule(Set.of(Predikat.BUTUH_PERBAIKAN, Predikat.KURANG), null, null, 1));
    String text = render(pdf -> EvaluationDocumentText.organisation(pdf, "Dinas Kesehatan", OrganisationPredikat.BAIK,
        baik));

    assertThat(text).contains("Predikat kinerja organisasi Organisasi: Dinas Kesehatan Predikat organisasi: Baik")
        .contains("Pola distribusi predikat pegawai: paling banyak 70% Baik; paling sedikit 1 orang Butuh Perbaikan "
            + "dan/atau Kurang");
    assertThat(EvaluationDocumentText.pattern(List.of(new DistributionCurve.Rule(Set.of(Predikat.SANGAT_BAIK),
        BigDecimal.ZERO, null, null), new DistributionCurve.Rule(Set.of(Predikat.SANGAT_KURANG), null,
        new BigDecimal("60.0"), null)))).containsExactly("tidak ada Sangat Baik", "paling sedikit 60% Sangat Kurang");
  }

  @Test
  void perBerakhlakValueTheExpectationAndTheFeedback() {
    Map<CoreValue, String> expectations = new EnumMap<>(CoreValue.class);
    expectations.put(CoreValue.BERORIENTASI_PELAYANAN, "Menanggapi keluhan pasien dalam satu hari kerja");
    Map<CoreValue, Rating> feedback = EvaluationDocumentText.parseRatings(
        "BERORIENTASI_PELAYANAN=DI_ATAS_EKSPEKTASI;AKUNTABEL=SESUAI_EKSPEKTASI;KOMPETEN=DI_BAWAH_EKSPEKTASI;"
            + "HARMONIS=SESUAI_EKSPEKTASI;LOYAL=SESUAI_EKSPEKTASI;ADAPTIF=SESUAI_EKSPEKTASI;KOLABORATIF=BUKAN");

    String text = render(pdf -> EvaluationDocumentText.behaviour(pdf, expectations, feedback));

    assertThat(text).contains("Berorientasi Pelayanan: umpan balik Di atas ekspektasi; ekspektasi khusus pimpinan: "
            + "Menanggapi keluhan pasien dalam satu hari kerja")
        .contains("Akuntabel: umpan balik Sesuai ekspektasi")
        .contains("Kompeten: umpan balik Di bawah ekspektasi")
        .contains("Kolaboratif: umpan balik -");
    assertThat(feedback).doesNotContainKey(CoreValue.KOLABORATIF);
  }

  @Test
  void placeAndDateThenTheSignatureBlocksOfEmployeeAndSupervisor() {
    String text = render(pdf -> EvaluationDocumentText.signatures(pdf, "Kalianda", LocalDate.of(2027, 1, 15), NURUL,
        KAPUS));

    assertThat(text).contains("Kalianda, 15 Januari 2027 Pegawai yang dinilai Nurul Huda, S.Kep. NIP "
        + "199001012015012001 Pejabat Penilai Kinerja dr. Yusuf NIP 198001012005011002");
    assertThat(EvaluationDocumentText.longDate(LocalDate.of(2026, 8, 17))).isEqualTo("17 Agustus 2026");
  }

  private static String render(java.util.function.Consumer<PdfText> write) {
    PdfText pdf = new PdfText("uji");
    write.accept(pdf);
    try (var document = Loader.loadPDF(pdf.toBytes())) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}

package id.kinerja.report;

import id.kinerja.organization.OrgUnit;
import id.kinerja.organization.UnitScopes;
import id.kinerja.security.KinerjaUser;
import id.kinerja.survey.IkmView;
import id.kinerja.survey.SurveyElement;
import id.kinerja.survey.SurveyFigures;
import id.kinerja.survey.SurveyService;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * The IKM report of a service unit and period as PDF, laid out as the reports of PermenPANRB 14/2017 are
 * (decision 83): identity of the unit and period; per element U1–U9 its NRR and weighted NRR; the IKM, the converted
 * value and the grade (mutu pelayanan, kinerja unit); respondents against the Krejcie–Morgan minimum; the respondents'
 * profile; a bar chart of the NRR. The figures are the survey module's ({@link SurveyService#ikm}); nothing is
 * recomputed here.
 */
@Service
public class IkmReport {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("id"));
  private static final Map<String, String> PROFILE_TITLES = Map.of("sex", "Jenis kelamin", "ageGroup", "Usia",
      "education", "Pendidikan terakhir", "occupation", "Pekerjaan utama");

  private final ReportScope scope;
  private final SurveyService surveys;
  private final SurveyFigures figures;
  private final UnitScopes units;
  private final Clock clock;

  IkmReport(ReportScope scope, SurveyService surveys, SurveyFigures figures, UnitScopes units, Clock clock) {
    this.scope = scope;
    this.surveys = surveys;
    this.figures = figures;
    this.units = units;
    this.clock = clock;
  }

  public record Rendered(String unitCode, LocalDate from, LocalDate to, byte[] pdf) {
  }

  public Rendered render(KinerjaUser user, String unitCode, String fromParameter, String toParameter) {
    scope.requireReader(user);
    ReportScope.Target target = scope.unit(user, unitCode, "unitCode");
    LocalDate from = ReportParameters.date(fromParameter, "from");
    LocalDate to = ReportParameters.date(toParameter, "to");
    ReportParameters.range(from, to);
    OrgUnit unit = target.unit();
    IkmView ikm = surveys.ikm(unit.getCode(), from, to, user);
    Map<String, Map<String, Long>> profile = figures.profile(unit.getId(), from, to);
    BigDecimal weight = "0,111".equals(ikm.weight()) ? new BigDecimal("0.111")
        : BigDecimal.ONE.divide(BigDecimal.valueOf(9), MathContext.DECIMAL64);

    ReportPdf pdf = new ReportPdf("Laporan SKM " + unit.getName() + " " + from + " s.d. " + to);
    pdf.title("LAPORAN HASIL SURVEI KEPUASAN MASYARAKAT (SKM)")
        .paragraph("Indeks Kepuasan Masyarakat (IKM) unit pelayanan, menurut Peraturan Menteri PANRB Nomor 14 "
            + "Tahun 2017")
        .heading("A. Identitas")
        .line("Unit pelayanan", unit.getName() + " (" + unit.getCode() + ")")
        .line("Organisasi", units.organisationOf(unit.getId()).map(OrgUnit::getName).orElse("-"))
        .line("Periode survei", DATE.format(from) + " s.d. " + DATE.format(to))
        .line("Status periode", ikm.frozen() ? "ditutup (nilai tetap)" : "berjalan (nilai dapat berubah)")
        .heading("B. Nilai rata-rata per unsur pelayanan (NRR)");
    List<String[]> rows = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    BigDecimal sum = BigDecimal.ZERO;
    for (SurveyElement element : SurveyElement.values()) {
      BigDecimal nrr = ikm.nrr().get(element.name());
      BigDecimal weighted = nrr == null ? null : nrr.multiply(weight, MathContext.DECIMAL64);
      sum = weighted == null ? sum : sum.add(weighted);
      rows.add(new String[] {element.name(), element.label(), Labels.number(nrr, 3), Labels.number(weighted, 3)});
      labels.add(element.name() + " " + element.label());
      values.add(nrr == null ? 0 : nrr.doubleValue());
    }
    rows.add(new String[] {"", "Jumlah NRR tertimbang (IKM)", "", Labels.number(ikm.ikm(), 3)});
    pdf.table(new String[] {"Unsur", "Uraian", "NRR", "NRR tertimbang (bobot " + ikm.weight() + ")"},
        new float[] {1, 5, 1.5f, 2.5f}, rows);
    pdf.heading("C. Nilai IKM")
        .line("IKM (rata-rata tertimbang, skala 1-4)", Labels.number(ikm.ikm(), 3))
        .line("Nilai IKM konversi (IKM x 25)", Labels.number(ikm.ikmConverted(), 2))
        .line("Mutu pelayanan", ikm.grade() == null ? "-" : ikm.grade())
        .line("Kinerja unit pelayanan", ikm.gradeLabel() == null ? "-" : ikm.gradeLabel())
        .paragraph("Interval konversi: 25,00-64,99 D (Tidak Baik); 65,00-76,60 C (Kurang Baik); 76,61-88,30 B (Baik); "
            + "88,31-100,00 A (Sangat Baik).")
        .heading("D. Responden")
        .line("Jumlah responden", String.valueOf(ikm.respondents()))
        .line("Populasi penerima layanan", ikm.population() == null ? "belum dinyatakan"
            : String.valueOf(ikm.population()))
        .line("Sampel minimum (Krejcie-Morgan)", ikm.minimumSample() == null ? "-"
            : String.valueOf(ikm.minimumSample()))
        .line("Jumlah responden memadai", ikm.sampleSufficient() == null ? "-" : ikm.sampleSufficient() ? "Ya"
            : "Tidak")
        .heading("E. Profil responden");
    profile.forEach((field, counts) -> {
      List<String[]> profileRows = new ArrayList<>();
      counts.forEach((code, count) -> profileRows.add(new String[] {SurveyFigures.profileLabel(code),
          String.valueOf(count), Labels.percent(count, ikm.respondents())}));
      pdf.paragraph(PROFILE_TITLES.get(field));
      pdf.table(new String[] {"Kategori", "Jumlah", "Persentase"}, new float[] {5, 2, 2}, profileRows);
    });
    pdf.heading("F. Grafik NRR per unsur")
        .barChart("Nilai rata-rata per unsur (skala 1-4)", labels, values, 4, null)
        .space(10)
        .paragraph("Dicetak oleh Kinerja pada " + DATE.format(LocalDate.now(clock)) + ".");
    return new Rendered(unit.getCode(), from, to, pdf.toBytes());
  }
}

package id.kinerja.report;

import id.kinerja.evaluation.EvaluationFigures;
import id.kinerja.security.KinerjaUser;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;

/**
 * The yearly review of the appraisal method (tinjauan tahunan) as PDF with its charts, for HR (decision 84):
 * participation, timeliness, distribution against the curve, rater spread, objections, coaching effect, the IKM
 * trend per quarter and the slowest process steps — the same figures as the dashboards, for every unit.
 */
@Service
public class MethodReview {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("id"));

  private final ReportScope scope;
  private final Dashboards dashboards;
  private final EvaluationFigures evaluations;
  private final Clock clock;

  MethodReview(ReportScope scope, Dashboards dashboards, EvaluationFigures evaluations, Clock clock) {
    this.scope = scope;
    this.dashboards = dashboards;
    this.evaluations = evaluations;
    this.clock = clock;
  }

  public record Rendered(int year, byte[] pdf) {
  }

  public Rendered render(KinerjaUser user, String yearParameter) {
    scope.requireHr(user);
    int year = ReportParameters.year(yearParameter);
    String y = String.valueOf(year);
    Dashboards.Progress progress = dashboards.progress(user, y);
    Dashboards.Distribution distribution = dashboards.distribution(user, y);
    Dashboards.Raters raters = dashboards.raters(user, y);
    Dashboards.FollowUp followUp = dashboards.followUp(user, y);
    Dashboards.Bottlenecks bottlenecks = dashboards.bottlenecks(user);
    List<Dashboards.IkmRow> ikm = dashboards.ikm(user, y);
    EvaluationFigures.ObjectionFigures objections = evaluations.objections(year, null);

    ReportPdf pdf = new ReportPdf("Tinjauan tahunan metode penilaian kinerja " + year);
    pdf.title("TINJAUAN TAHUNAN METODE PENILAIAN KINERJA " + year)
        .paragraph("Ringkasan satu tahun penilaian kinerja pegawai untuk meninjau metode penilaian: partisipasi, "
            + "ketepatan waktu, distribusi terhadap kurva, sebaran penilai, keberatan, efek pembinaan, tren IKM dan "
            + "tahapan proses yang lambat.");

    pdf.heading("1. Partisipasi");
    List<String[]> participation = new ArrayList<>();
    for (Dashboards.ProgressRow row : progress.organisations()) {
      long skp = row.skpByStatus().values().stream().mapToLong(Long::longValue).sum();
      long agreed = row.skpByStatus().getOrDefault("AGREED", 0L);
      long published = row.evaluationsByStep().getOrDefault("PUBLISHED", 0L)
          + row.evaluationsByStep().getOrDefault("OBJECTION", 0L) + row.evaluationsByStep().getOrDefault("FINAL", 0L);
      participation.add(new String[] {row.unitName(), String.valueOf(skp), String.valueOf(agreed),
          Labels.percent(agreed, skp), String.valueOf(published)});
    }
    pdf.table(new String[] {"Organisasi", "SKP", "SKP disepakati", "Disepakati", "Evaluasi diumumkan"},
        new float[] {5, 1.5f, 2, 1.8f, 2.2f}, participation);

    pdf.heading("2. Ketepatan waktu");
    long completed = bottlenecks.completed().stream().mapToLong(Dashboards.CompletedRow::completed).sum();
    long late = bottlenecks.completed().stream().mapToLong(Dashboards.CompletedRow::late).sum();
    long open = bottlenecks.open().stream().mapToLong(Dashboards.OpenRow::open).sum();
    long overdue = bottlenecks.open().stream().mapToLong(Dashboards.OpenRow::overdue).sum();
    pdf.line("Tugas selesai (365 hari terakhir)", completed + ", terlambat dari tenggat " + late + " ("
            + Labels.percent(late, completed) + ")")
        .line("Tugas terbuka", open + ", melewati batas waktu " + overdue + " (" + Labels.percent(overdue, open) + ")");

    pdf.heading("3. Distribusi predikat terhadap kurva");
    List<String[]> curve = new ArrayList<>();
    for (Dashboards.DistributionRow row : distribution.organisations()) {
      List<String> cells = new ArrayList<>(List.of(row.organisationName(),
          Labels.of(Labels.ORGANISATION_PREDIKAT, row.organisationPredikat()), Labels.of(Labels.CURVE,
              row.curveStatus())));
      Labels.PREDIKAT_ORDER.forEach(p -> cells.add(String.valueOf(row.employees().get(p))));
      cells.add(String.valueOf(row.total()));
      curve.add(cells.toArray(String[]::new));
    }
    pdf.table(new String[] {"Organisasi", "Predikat organisasi", "Kurva", "SB", "B", "BP", "K", "SK", "Jumlah"},
        new float[] {4, 2.2f, 2.2f, 0.8f, 0.8f, 0.8f, 0.8f, 0.8f, 1.2f}, curve);
    long all = distribution.overall().values().stream().mapToLong(Long::longValue).sum();
    pdf.barChart("Distribusi predikat pegawai (seluruh organisasi, % dari " + all + " pegawai)",
        Labels.PREDIKAT_ORDER.stream().map(p -> Labels.of(Labels.PREDIKAT, p)).toList(),
        Labels.PREDIKAT_ORDER.stream().map(p -> all == 0 ? 0.0
            : distribution.overall().get(p) * 100.0 / all).toList(), 100, "%");

    pdf.heading("4. Sebaran penilai (pejabat penilai)");
    pdf.paragraph("Porsi Sangat Baik seluruh penilai: " + raters.overallShareSangatBaik());
    List<String[]> raterRows = new ArrayList<>();
    for (Dashboards.RaterRow r : raters.raters()) {
      raterRows.add(new String[] {r.rater(), String.valueOf(r.total()), r.shareSangatBaik(), r.shareBelowBaik(),
          String.valueOf(r.overrides()), String.valueOf(r.objections()), String.valueOf(r.upheld())});
    }
    pdf.table(new String[] {"Penilai", "Dinilai", "Sangat Baik", "Di bawah Baik", "Ubah saran", "Keberatan",
        "Dikabulkan"}, new float[] {3, 1.3f, 1.6f, 1.8f, 1.5f, 1.5f, 1.5f}, raterRows);

    pdf.heading("5. Keberatan");
    pdf.line("Hasil tahunan diumumkan", String.valueOf(objections.published()))
        .line("Keberatan diajukan", objections.filed() + " (" + Labels.percent(objections.filed(),
            objections.published()) + ")")
        .line("Dikabulkan / ditolak / belum diputus", objections.upheld() + " / " + objections.rejected() + " / "
            + objections.open());

    pdf.heading("6. Efek pembinaan");
    pdf.line("Pembinaan dimulai (berjalan / membaik / dilanjutkan ke Pengelola Kinerja)",
            followUp.coaching().get("OPEN") + " / " + followUp.coaching().get("IMPROVED") + " / "
                + followUp.coaching().get("ESCALATED"))
        .line("Membaik dari pembinaan yang selesai", followUp.improvedShare());

    pdf.heading("7. Tren IKM per triwulan");
    Map<String, String[]> trend = new TreeMap<>();
    for (Dashboards.IkmRow row : ikm) {
      String[] cells = trend.computeIfAbsent(row.unitCode(), k -> new String[] {row.unitName(), "-", "-", "-", "-"});
      cells[row.quarter()] = Labels.number(row.ikmConverted(), 2) + " (" + row.grade() + ", n=" + row.respondents()
          + ")";
    }
    pdf.table(new String[] {"Unit layanan", "TW I", "TW II", "TW III", "TW IV"}, new float[] {4, 2, 2, 2, 2},
        new ArrayList<>(trend.values()));

    pdf.heading("8. Tahapan proses yang lambat");
    List<String[]> slow = new ArrayList<>();
    bottlenecks.completed().stream().limit(10).forEach(t -> slow.add(new String[] {t.taskName() + " (" + t.processKey()
        + ")", String.valueOf(t.completed()), days(t.medianDays()), days(t.p90Days())}));
    pdf.table(new String[] {"Tugas", "Selesai", "Median (hari)", "P90 (hari)"}, new float[] {6, 1.5f, 2, 2}, slow);
    pdf.barChart("Waktu tunggu P90 per tugas (hari)", bottlenecks.completed().stream().limit(10)
            .map(Dashboards.CompletedRow::taskName).toList(),
        bottlenecks.completed().stream().limit(10).map(t -> t.p90Days() == null ? 0.0 : t.p90Days()).toList(), 0,
        "hari");
    pdf.space(10).paragraph("Dicetak oleh Kinerja pada " + DATE.format(LocalDate.now(clock)) + ".");
    return new Rendered(year, pdf.toBytes());
  }

  private static String days(Double days) {
    return days == null ? "-" : String.valueOf(days).replace('.', ',');
  }
}

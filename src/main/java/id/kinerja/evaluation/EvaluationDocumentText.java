package id.kinerja.evaluation;

import id.kinerja.document.PdfText;
import id.kinerja.planning.CoreValue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The parts of the dokumen evaluasi kinerja that domain.md (Follow-up) lists beyond the SKP table, written from
 * plain values so the text can be checked without a database: the three people with pangkat/golongan, jabatan and
 * unit; the organisation's predikat and its distribution pattern; per BerAKHLAK value the ekspektasi khusus and the
 * feedback; place and date; the signature blocks of employee and supervisor.
 */
final class EvaluationDocumentText {

  private static final String[] MONTHS = {"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli",
      "Agustus", "September", "Oktober", "November", "Desember"};

  private EvaluationDocumentText() {
  }

  /** One of the people on the document; any field may be unknown (null). */
  record Person(String name, String nip, String pangkatGolongan, String position, String unit) {

    static final Person UNKNOWN = new Person(null, null, null, null, null);
  }

  static void person(PdfText pdf, String role, Person person) {
    pdf.heading(role)
        .line("Nama", dash(person.name()))
        .line("NIP", dash(person.nip()))
        .line("Pangkat/golongan", dash(person.pangkatGolongan()))
        .line("Jabatan", dash(person.position()))
        .line("Unit kerja", dash(person.unit()));
  }

  /** "Penata Muda (III/a)", the golongan alone for PPPK, or null. */
  static String pangkatGolongan(String pangkat, String golongan) {
    boolean hasPangkat = pangkat != null && !pangkat.isBlank();
    boolean hasGolongan = golongan != null && !golongan.isBlank();
    if (hasPangkat && hasGolongan) {
      return pangkat.trim() + " (" + golongan.trim() + ")";
    }
    return hasPangkat ? pangkat.trim() : hasGolongan ? golongan.trim() : null;
  }

  /** The organisation's predikat and the distribution its employees' predikat must follow (annual result). */
  static void organisation(PdfText pdf, String organisation, OrganisationPredikat predikat,
      List<DistributionCurve.Rule> rules) {
    pdf.heading("Predikat kinerja organisasi")
        .line("Organisasi", dash(organisation))
        .line("Predikat organisasi", predikat == null ? "belum ditetapkan" : label(predikat.name()));
    List<String> pattern = pattern(rules);
    pdf.line("Pola distribusi predikat pegawai", pattern.isEmpty() ? "-" : String.join("; ", pattern));
  }

  /** The curve's rules for one organisation predikat as sentences. */
  static List<String> pattern(List<DistributionCurve.Rule> rules) {
    List<String> text = new ArrayList<>();
    for (DistributionCurve.Rule rule : rules == null ? List.<DistributionCurve.Rule>of() : rules) {
      String of = rule.predikat().stream().sorted().map(p -> label(p.name())).collect(Collectors.joining(" dan/atau "));
      if (rule.atMostPercent() != null) {
        text.add(rule.atMostPercent().signum() == 0 ? "tidak ada " + of
            : "paling banyak " + rule.atMostPercent().stripTrailingZeros().toPlainString() + "% " + of);
      }
      if (rule.atLeastPercent() != null) {
        text.add("paling sedikit " + rule.atLeastPercent().stripTrailingZeros().toPlainString() + "% " + of);
      }
      if (rule.atLeastCount() != null) {
        text.add("paling sedikit " + rule.atLeastCount() + " orang " + of);
      }
    }
    return text;
  }

  /** Per BerAKHLAK value: the supervisor's ekspektasi khusus (from the SKP) and the feedback (the value's rating). */
  static void behaviour(PdfText pdf, Map<CoreValue, String> expectations, Map<CoreValue, Rating> feedback) {
    pdf.heading("Perilaku kerja (BerAKHLAK)");
    for (CoreValue value : CoreValue.values()) {
      String expectation = expectations == null ? null : expectations.get(value);
      Rating rating = feedback == null ? null : feedback.get(value);
      pdf.line(value.label(), "umpan balik " + (rating == null ? "-" : label(rating.name()))
          + (expectation == null ? "" : "; ekspektasi khusus pimpinan: " + expectation));
    }
  }

  /** "AKUNTABEL=SESUAI_EKSPEKTASI;KOMPETEN=…" as stored with the assessment. */
  static Map<CoreValue, Rating> parseRatings(String stored) {
    Map<CoreValue, Rating> ratings = new java.util.EnumMap<>(CoreValue.class);
    if (stored == null || stored.isBlank()) {
      return ratings;
    }
    for (String pair : stored.split(";")) {
      String[] kv = pair.split("=", 2);
      if (kv.length == 2) {
        try {
          ratings.put(CoreValue.valueOf(kv[0].trim()), Rating.valueOf(kv[1].trim()));
        } catch (IllegalArgumentException unknown) {
          // an older value name: left out rather than guessed
        }
      }
    }
    return ratings;
  }

  /** Place and date, then the signature blocks of the employee and the supervisor (pejabat penilai). */
  static void signatures(PdfText pdf, String place, LocalDate date, Person employee, Person supervisor) {
    pdf.space(12).paragraph(dash(place) + ", " + longDate(date)).space(6)
        .paragraph("Pegawai yang dinilai")
        .space(36)
        .paragraph(dash(employee.name()))
        .paragraph("NIP " + dash(employee.nip()))
        .space(12)
        .paragraph("Pejabat Penilai Kinerja")
        .space(36)
        .paragraph(dash(supervisor.name()))
        .paragraph("NIP " + dash(supervisor.nip()));
  }

  /** 16 April 2026. */
  static String longDate(LocalDate date) {
    return date == null ? "-" : date.getDayOfMonth() + " " + MONTHS[date.getMonthValue() - 1] + " " + date.getYear();
  }

  /** DI_ATAS_EKSPEKTASI → "Di atas ekspektasi", SANGAT_BAIK → "Sangat Baik". */
  static String label(String constant) {
    if (constant.endsWith("_EKSPEKTASI")) {
      String words = constant.toLowerCase(Locale.ROOT).replace('_', ' ');
      return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
    StringBuilder text = new StringBuilder();
    for (String word : constant.toLowerCase(Locale.ROOT).split("_")) {
      text.append(text.isEmpty() ? "" : " ").append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
    }
    return text.toString();
  }

  private static String dash(String value) {
    return value == null || value.isBlank() ? "-" : value;
  }
}

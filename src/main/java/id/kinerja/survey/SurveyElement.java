package id.kinerja.survey;

import java.util.List;

/**
 * The nine elements (unsur) of the Survei Kepuasan Masyarakat (PermenPANRB 14/2017), each with its question and
 * four answers worded for it, from 1 (worst) to 4 (best).
 */
public enum SurveyElement {
  U1("Persyaratan", "Bagaimana pendapat Saudara tentang kesesuaian persyaratan pelayanan dengan jenis pelayanannya?",
      "Tidak sesuai", "Kurang sesuai", "Sesuai", "Sangat sesuai"),
  U2("Sistem, Mekanisme, dan Prosedur", "Bagaimana pemahaman Saudara tentang kemudahan prosedur pelayanan di unit ini?",
      "Tidak mudah", "Kurang mudah", "Mudah", "Sangat mudah"),
  U3("Waktu Penyelesaian", "Bagaimana pendapat Saudara tentang kecepatan waktu dalam memberikan pelayanan?",
      "Tidak cepat", "Kurang cepat", "Cepat", "Sangat cepat"),
  U4("Biaya/Tarif", "Bagaimana pendapat Saudara tentang kewajaran biaya/tarif dalam pelayanan?",
      "Sangat mahal", "Cukup mahal", "Murah", "Gratis"),
  U5("Produk Spesifikasi Jenis Pelayanan",
      "Bagaimana pendapat Saudara tentang kesesuaian produk pelayanan antara yang tercantum dalam standar pelayanan "
          + "dengan hasil yang diberikan?",
      "Tidak sesuai", "Kurang sesuai", "Sesuai", "Sangat sesuai"),
  U6("Kompetensi Pelaksana", "Bagaimana pendapat Saudara tentang kompetensi/kemampuan petugas dalam pelayanan?",
      "Tidak kompeten", "Kurang kompeten", "Kompeten", "Sangat kompeten"),
  U7("Perilaku Pelaksana",
      "Bagaimana pendapat Saudara tentang perilaku petugas dalam pelayanan terkait kesopanan dan keramahan?",
      "Tidak sopan dan ramah", "Kurang sopan dan ramah", "Sopan dan ramah", "Sangat sopan dan ramah"),
  U8("Penanganan Pengaduan, Saran dan Masukan",
      "Bagaimana pendapat Saudara tentang penanganan pengaduan, saran dan masukan pengguna layanan?",
      "Tidak ada", "Ada tetapi tidak berfungsi", "Berfungsi kurang maksimal", "Dikelola dengan baik"),
  U9("Sarana dan Prasarana", "Bagaimana pendapat Saudara tentang kualitas sarana dan prasarana?",
      "Buruk", "Cukup", "Baik", "Sangat baik");

  private final String label;
  private final String question;
  private final List<String> answers;

  SurveyElement(String label, String question, String... answers) {
    this.label = label;
    this.question = question;
    this.answers = List.of(answers);
  }

  public String label() {
    return label;
  }

  public String question() {
    return question;
  }

  /** The wording of answers 1 … 4. */
  public List<String> answers() {
    return answers;
  }
}

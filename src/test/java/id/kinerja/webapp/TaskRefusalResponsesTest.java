package id.kinerja.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TaskRefusalResponsesTest {

  @Test
  void tasklistGetsTheReasonsEscapedWithTheViolationsAsAList() {
    assertThat(TaskRefusalResponses.html("SKP tidak valid.\n- Bobot <b>90</b>%\n- RHK 'A' & B"))
        .isEqualTo("SKP tidak valid.<ul><li>Bobot &lt;b&gt;90&lt;/b&gt;%</li><li>RHK &#39;A&#39; &amp; B</li></ul>");
  }

  @Test
  void aSingleReasonStaysOneLine() {
    assertThat(TaskRefusalResponses.html("Hanya atasan langsung.")).isEqualTo("Hanya atasan langsung.");
    assertThat(TaskRefusalResponses.html("Satu.\nDua.")).isEqualTo("Satu.<br>Dua.");
  }
}

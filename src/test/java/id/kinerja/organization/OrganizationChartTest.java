package id.kinerja.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Tree used here: 1 Pemda ← 2 Dinas ← 3 Bidang ← 4 Seksi, and 3 ← 5 Seksi (head vacant).
 * Heads: 100 Sekda (1), 200 Kadis (2), 300 Kabid (3), 400 Kasi (4).
 */
class OrganizationChartTest {

  private final OrganizationChart chart = new OrganizationChart(
      List.of(new UnitLink(1L, null), new UnitLink(2L, 1L), new UnitLink(3L, 2L), new UnitLink(4L, 3L),
          new UnitLink(5L, 3L)),
      List.of(head(1, 100), head(2, 200), head(3, 300), head(4, 400)));

  @Test
  void staffReportToTheHeadOfTheirUnitAndTheHeadAbove() {
    ReportingLine line = chart.lineOf(401, 4, false);

    assertThat(line.supervisor().employeeId()).isEqualTo(400L);
    assertThat(line.senior().employeeId()).isEqualTo(300L);
  }

  @Test
  void aUnitHeadReportsToTheHeadOfTheParentUnit() {
    ReportingLine line = chart.lineOf(400, 4, true);

    assertThat(line.supervisor().employeeId()).isEqualTo(300L);
    assertThat(line.senior().employeeId()).isEqualTo(200L);
  }

  @Test
  void aVacantHeadPositionFallsThroughToTheNextFilledOneUp() {
    ReportingLine line = chart.lineOf(501, 5, false);

    assertThat(line.supervisor().employeeId()).isEqualTo(300L);
    assertThat(line.senior().employeeId()).isEqualTo(200L);
  }

  @Test
  void theTopOfTheTreeHasNoSupervisor() {
    assertThat(chart.lineOf(100, 1, true)).isEqualTo(ReportingLine.NONE);
    ReportingLine kadis = chart.lineOf(200, 2, true);
    assertThat(kadis.supervisor().employeeId()).isEqualTo(100L);
    assertThat(kadis.senior()).isNull();
  }

  @Test
  void aHeadLeadsTheWholeSubtreeBelowTheirUnit() {
    assertThat(chart.unitsLedBy(300)).containsExactlyInAnyOrder(3L, 4L, 5L);
    assertThat(chart.unitsLedBy(400)).containsExactly(4L);
    assertThat(chart.unitsLedBy(401)).isEmpty();
  }

  @Test
  void aCycleInCorruptedDataDoesNotLoopForever() {
    OrganizationChart broken = new OrganizationChart(List.of(new UnitLink(1L, 2L), new UnitLink(2L, 1L)), List.of());
    assertThat(broken.lineOf(9, 1, false)).isEqualTo(ReportingLine.NONE);
  }

  private static UnitHead head(long unit, long employee) {
    return new UnitHead(unit, employee, "nip" + employee, "name" + employee, "user" + employee);
  }
}

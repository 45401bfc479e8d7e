package id.kinerja.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import id.kinerja.common.ApiException;
import id.kinerja.common.AuditTrail;
import id.kinerja.organization.OrganizationChart;
import id.kinerja.organization.OrganizationCharts;
import id.kinerja.organization.UnitHead;
import id.kinerja.organization.UnitLink;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, finding 4: the organisation's predikat is set by the leader above it (for an OPD the head of the Pemda),
 * never by the OPD's own head; HR records the PPK's decision with decree number and date.
 */
class OrganisationLeaderTest {

  private static final long PEMDA = 1;
  private static final long DINKES = 2;
  private final OrganisationRatings ratings = mock(OrganisationRatings.class);
  private final OrganizationCharts charts = mock(OrganizationCharts.class);
  private OrganisationAssessment organisations;
  private OrganisationRating dinkes;

  @BeforeEach
  void organisation() {
    when(charts.current()).thenReturn(new OrganizationChart(
        List.of(new UnitLink(PEMDA, null), new UnitLink(DINKES, PEMDA)),
        List.of(new UnitHead(PEMDA, 10L, "1", "Sekda", "sekda"), new UnitHead(DINKES, 20L, "2", "Kadinkes",
            "kadinkes"))));
    dinkes = new OrganisationRating(7L, DINKES);
    when(ratings.findById(5L)).thenReturn(Optional.of(dinkes));
    organisations = new OrganisationAssessment(ratings, mock(Evaluations.class), null, null, charts,
        mock(DistributionCurves.class), null, mock(AuditTrail.class), Clock.systemUTC(), mock(PredikatDecision.class));
  }

  @Test
  void theLeaderAboveTheOpdSetsItsPredikat() {
    assertThat(organisations.headOf(5L)).map(UnitHead::username).contains("sekda");
  }

  @Test
  void theOpdsOwnHeadMayNotSetIt() {
    assertThatThrownBy(() -> organisations.setPredikat(5L, "BAIK", "kadinkes")).isInstanceOf(ApiException.class);
    assertThat(dinkes.getPredikat()).isNull();
  }

  @Test
  void hrRecordsThePpksDecisionWithItsDecree() {
    assertThatThrownBy(() -> organisations.setPredikat(5L, "BAIK", "hr"))
        .isInstanceOf(id.kinerja.common.ValidationFailedException.class);
    organisations.setPredikat(5L, "BAIK", "800/123/KPTS/2027", "2027-01-15", "hr");
    assertThat(dinkes.getDecreeNumber()).isEqualTo("800/123/KPTS/2027");
    assertThat(dinkes.getDecreeDate()).hasToString("2027-01-15");

    organisations.setPredikat(5L, "ISTIMEWA", "sekda");
    assertThat(dinkes.getPredikat()).isEqualTo(OrganisationPredikat.ISTIMEWA);
    assertThat(dinkes.getDecreeNumber()).isNull();
  }
}

package id.kinerja.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import id.kinerja.common.AuditTrail;
import id.kinerja.common.ValidationFailedException;
import id.kinerja.organization.Employee;
import id.kinerja.organization.EmployeeType;
import id.kinerja.organization.OrgUnit;
import id.kinerja.organization.Staff;
import id.kinerja.organization.UnitLevel;
import id.kinerja.planning.SkpService;
import id.kinerja.planning.SkpView;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * Issue 15, finding 6: calibration changes ratings, the predikat is recomputed from the matrix and the curve is
 * checked again; out of curve after calibration, nothing changes.
 */
class CalibrationTest {

  private final Evaluations evaluations = mock(Evaluations.class);
  private final OrganisationRatings ratings = mock(OrganisationRatings.class);
  private final DistributionCurves curve = mock(DistributionCurves.class);
  private final PredikatDecision matrix = mock(PredikatDecision.class);
  private OrganisationAssessment organisations;
  private OrganisationRating rating;
  private Evaluation nurul;
  private Evaluation yusuf;

  @BeforeEach
  void organisation() {
    OrgUnit dinkes = new OrgUnit("DINKES", "Dinas Kesehatan", UnitLevel.OPD, null);
    ReflectionTestUtils.setField(dinkes, "id", 2L);
    Staff staff = mock(Staff.class);
    when(staff.byUsername(any())).thenAnswer(i -> Optional.of(new Employee("1", i.getArgument(0), i.getArgument(0),
        EmployeeType.PNS, null, dinkes, null)));
    SkpService skps = mock(SkpService.class);
    when(skps.view(anyLong())).thenAnswer(i -> new SkpView(i.getArgument(0), 2026, 0, null, 7L, null, true, "1",
        "x", ((Long) i.getArgument(0)) == 1L ? "nurul" : "yusuf", null, List.of(), List.of(), null));
    rating = new OrganisationRating(7L, 2L);
    rating.set(OrganisationPredikat.BAIK, "sekda", Instant.now());
    when(ratings.findById(5L)).thenReturn(Optional.of(rating));
    nurul = assessed(1L);
    yusuf = assessed(2L);
    when(evaluations.findByCycleIdAndPeriodCode(7L, "ANNUAL")).thenReturn(List.of(nurul, yusuf));
    when(matrix.of(Rating.DI_BAWAH_EKSPEKTASI, Rating.DI_ATAS_EKSPEKTASI)).thenReturn(Predikat.BUTUH_PERBAIKAN);
    organisations = new OrganisationAssessment(ratings, evaluations, skps, staff, null, curve, null,
        mock(AuditTrail.class), Clock.systemUTC(), matrix);
  }

  private static Evaluation assessed(long skpId) {
    Evaluation e = new Evaluation(skpId, 7L, "ANNUAL", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
        Instant.now());
    ReflectionTestUtils.setField(e, "id", skpId * 10);
    e.assessed(Rating.DI_ATAS_EKSPEKTASI, null, "", Rating.DI_ATAS_EKSPEKTASI, Predikat.SANGAT_BAIK, null, "kasi");
    return e;
  }

  @Test
  void theRatingChangesAndThePredikatFollowsTheMatrix() {
    when(curve.check(org.mockito.ArgumentMatchers.anyLong(), eq(OrganisationPredikat.BAIK), eq(Map.of(Predikat.SANGAT_BAIK, 1, Predikat.BUTUH_PERBAIKAN, 1))))
        .thenReturn(List.of());

    organisations.calibrate(5L, List.of(new OrganisationAssessment.Change(10L, "DI_BAWAH_EKSPEKTASI", null,
        "Target desa UCI belum tercapai")), "hr");

    assertThat(nurul.getResultsRating()).isEqualTo(Rating.DI_BAWAH_EKSPEKTASI);
    assertThat(nurul.getBehaviourRating()).isEqualTo(Rating.DI_ATAS_EKSPEKTASI);
    assertThat(nurul.getPredikat()).isEqualTo(Predikat.BUTUH_PERBAIKAN);
    assertThat(rating.getCurveStatus()).isEqualTo(CurveStatus.CALIBRATED);
  }

  @Test
  void stillOutOfCurveNothingChanges() {
    DistributionCurve.Rule rule = mock(DistributionCurve.Rule.class);
    when(curve.check(org.mockito.ArgumentMatchers.anyLong(), eq(OrganisationPredikat.BAIK), any()))
        .thenReturn(List.of(new CurveCheck.Breach(rule, "at most", 1, 2)));

    assertThatThrownBy(() -> organisations.calibrate(5L, List.of(new OrganisationAssessment.Change(10L,
        "DI_BAWAH_EKSPEKTASI", null, "alasan")), "hr")).isInstanceOf(ValidationFailedException.class);
    assertThat(nurul.getPredikat()).isEqualTo(Predikat.SANGAT_BAIK);
    assertThat(nurul.getResultsRating()).isEqualTo(Rating.DI_ATAS_EKSPEKTASI);
    assertThat(rating.getCurveStatus()).isEqualTo(CurveStatus.PENDING);
  }
}

package id.kinerja.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The curve as configured in application.yml, with domain.md's counting rule. */
class CurveCheckTest {

  private final CurveCheck check = new CurveCheck(configured());

  @Test
  void atMostRoundsUpAndAtLeastRoundsDownExactly() {
    assertThat(CurveCheck.share(new java.math.BigDecimal("70"), 10, RoundingMode.CEILING)).isEqualTo(7);
    assertThat(CurveCheck.share(new java.math.BigDecimal("70"), 7, RoundingMode.CEILING)).isEqualTo(5);  // 4.9
    assertThat(CurveCheck.share(new java.math.BigDecimal("60"), 7, RoundingMode.FLOOR)).isEqualTo(4);    // 4.2
    assertThat(CurveCheck.share(new java.math.BigDecimal("10"), 5, RoundingMode.FLOOR)).isZero();       // 0.5
    assertThat(CurveCheck.share(new java.math.BigDecimal("10"), 11, RoundingMode.CEILING)).isEqualTo(2); // 1.1
  }

  @Test
  void istimewaAllowsAtMost70PercentSangatBaik() {
    assertThat(check.check(OrganisationPredikat.ISTIMEWA, Map.of(Predikat.SANGAT_BAIK, 7, Predikat.BAIK, 3)))
        .isEmpty();
    List<CurveCheck.Breach> breaches = check.check(OrganisationPredikat.ISTIMEWA,
        Map.of(Predikat.SANGAT_BAIK, 8, Predikat.BAIK, 2));
    assertThat(breaches).singleElement().satisfies(b -> {
      assertThat(b.bound()).isEqualTo("AT_MOST");
      assertThat(b.allowedOrRequired()).isEqualTo(7);
      assertThat(b.actual()).isEqualTo(8);
    });
  }

  @Test
  void baikNeedsSomeButuhPerbaikanOrKurang() {
    assertThat(check.check(OrganisationPredikat.BAIK, Map.of(Predikat.BAIK, 7, Predikat.SANGAT_BAIK, 3)))
        .singleElement().satisfies(b -> assertThat(b.rule().predikat())
            .containsExactlyInAnyOrder(Predikat.BUTUH_PERBAIKAN, Predikat.KURANG));
    assertThat(check.check(OrganisationPredikat.BAIK,
        Map.of(Predikat.BAIK, 7, Predikat.SANGAT_BAIK, 2, Predikat.KURANG, 1))).isEmpty();
  }

  @Test
  void butuhPerbaikanNeedsSixtyPercentButuhPerbaikanAndAllowsAtMostTenPercentSangatBaik() {
    assertThat(check.check(OrganisationPredikat.BUTUH_PERBAIKAN,
        Map.of(Predikat.BUTUH_PERBAIKAN, 6, Predikat.SANGAT_BAIK, 1, Predikat.BAIK, 3))).isEmpty();
    // 7 employees: at least floor(4.2) = 4 BUTUH_PERBAIKAN, at most ceil(0.7) = 1 SANGAT_BAIK
    assertThat(check.check(OrganisationPredikat.BUTUH_PERBAIKAN,
        Map.of(Predikat.BUTUH_PERBAIKAN, 4, Predikat.SANGAT_BAIK, 1, Predikat.KURANG, 2))).isEmpty();

    assertThat(check.check(OrganisationPredikat.BUTUH_PERBAIKAN,
        Map.of(Predikat.BUTUH_PERBAIKAN, 5, Predikat.SANGAT_BAIK, 1, Predikat.BAIK, 4)))
        .singleElement().satisfies(b -> {
          assertThat(b.bound()).isEqualTo("AT_LEAST");
          assertThat(b.rule().predikat()).containsExactly(Predikat.BUTUH_PERBAIKAN);
          assertThat(b.allowedOrRequired()).isEqualTo(6);
          assertThat(b.actual()).isEqualTo(5);
        });
    assertThat(check.check(OrganisationPredikat.BUTUH_PERBAIKAN,
        Map.of(Predikat.BUTUH_PERBAIKAN, 6, Predikat.SANGAT_BAIK, 2, Predikat.BAIK, 2)))
        .singleElement().satisfies(b -> {
          assertThat(b.bound()).isEqualTo("AT_MOST");
          assertThat(b.rule().predikat()).containsExactly(Predikat.SANGAT_BAIK);
          assertThat(b.allowedOrRequired()).isEqualTo(1);
          assertThat(b.actual()).isEqualTo(2);
        });
    assertThat(check.check(OrganisationPredikat.BUTUH_PERBAIKAN,
        Map.of(Predikat.BAIK, 8, Predikat.SANGAT_BAIK, 2)))
        .extracting(CurveCheck.Breach::bound).containsExactlyInAnyOrder("AT_LEAST", "AT_MOST");
  }

  @Test
  void kurangNeedsSixtyPercentKurangTenPercentButuhPerbaikanAndAtMostTenPercentSangatBaik() {
    assertThat(check.check(OrganisationPredikat.KURANG,
        Map.of(Predikat.KURANG, 6, Predikat.BUTUH_PERBAIKAN, 1, Predikat.SANGAT_BAIK, 1, Predikat.BAIK, 2)))
        .isEmpty();
    assertThat(check.check(OrganisationPredikat.KURANG,
        Map.of(Predikat.KURANG, 5, Predikat.SANGAT_BAIK, 2, Predikat.BAIK, 3)))
        .extracting(CurveCheck.Breach::bound).containsExactlyInAnyOrder("AT_LEAST", "AT_LEAST", "AT_MOST");
  }

  @Test
  void sangatKurangAllowsNoSangatBaik() {
    assertThat(check.check(OrganisationPredikat.SANGAT_KURANG,
        Map.of(Predikat.SANGAT_KURANG, 6, Predikat.KURANG, 3, Predikat.SANGAT_BAIK, 1)))
        .singleElement().satisfies(b -> assertThat(b.allowedOrRequired()).isZero());
  }

  /** The seeded version 1 (the values application.yml held), read from the migration that stores it. */
  static DistributionCurve configured() {
    try {
      String sql = java.nio.file.Files.readString(java.nio.file.Path.of(
          "src/main/resources/db/migration/V16__distribution_curve.sql"));
      String literal = sql.substring(sql.indexOf("'{\"ISTIMEWA\""), sql.indexOf("');", sql.indexOf("'{\"ISTIMEWA\"")));
      String rules = literal.replaceAll("'\\s*\\|\\|\\s*'", "").substring(1);
      return new DistributionCurve(new com.fasterxml.jackson.databind.ObjectMapper().readValue(rules,
          new com.fasterxml.jackson.core.type.TypeReference<
              Map<OrganisationPredikat, List<DistributionCurve.Rule>>>() { }));
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

}

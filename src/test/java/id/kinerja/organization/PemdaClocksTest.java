package id.kinerja.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Issue 15, item 7: a unit's zone is its Pemda's (the root's zona_waktu), else the default. */
class PemdaClocksTest {

  private static final Instant HALF_PAST_MIDNIGHT_WIT = Instant.parse("2026-04-01T15:30:00Z");
  private final PemdaClocks clocks = new PemdaClocks(Clock.fixed(HALF_PAST_MIDNIGHT_WIT, ZoneId.of("Asia/Jakarta")),
      mock(Staff.class));

  @Test
  void aSeksiOfAWitPemdaHasTheWitDayAndAUnitOfAPemdaWithoutAZoneTheDefault() {
    OrgUnit sorong = new OrgUnit("SRG", "Pemerintah Kabupaten Sorong", UnitLevel.PEMDA, null);
    sorong.update("Pemerintah Kabupaten Sorong", UnitLevel.PEMDA, null, null, ZoneId.of("Asia/Jayapura"), "Aimas");
    OrgUnit seksi = new OrgUnit("SRG-S", "Seksi", UnitLevel.SEKSI, new OrgUnit("SRG-D", "Dinas", UnitLevel.OPD, sorong));
    OrgUnit lampung = new OrgUnit("LS", "Pemerintah Kabupaten Lampung Selatan", UnitLevel.PEMDA, null);

    assertThat(clocks.zoneOf(seksi)).isEqualTo(ZoneId.of("Asia/Jayapura"));
    assertThat(LocalDate.now(clocks.clockOf(seksi))).isEqualTo("2026-04-02");
    assertThat(LocalDate.now(clocks.clockOf(new OrgUnit("LS-D", "Dinas", UnitLevel.OPD, lampung))))
        .isEqualTo("2026-04-01");
    assertThat(clocks.zoneOf(null)).isEqualTo(ZoneId.of("Asia/Jakarta"));
    assertThat(sorong.getSeat()).contains("Aimas");
  }
}

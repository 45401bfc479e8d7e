package id.kinerja.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The curve version a cycle uses: pinned when its annual evaluation was opened. */
@Entity
@Table(name = "cycle_curve")
class CycleCurve {

  @Id
  @Column(name = "cycle_id")
  private Long cycleId;

  @Column(name = "curve_version", nullable = false, updatable = false)
  private Integer curveVersion;

  @Column(name = "pinned_at", nullable = false, updatable = false)
  private Instant pinnedAt;

  protected CycleCurve() {
  }

  CycleCurve(long cycleId, int curveVersion, Instant pinnedAt) {
    this.cycleId = cycleId;
    this.curveVersion = curveVersion;
    this.pinnedAt = pinnedAt;
  }

  int getCurveVersion() {
    return curveVersion;
  }
}

package id.kinerja.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A jabatan in a unit, held by at most one employee (vacancy allowed). The unit's {@code head} position leads it:
 * its holder supervises the unit's other employees and the heads of its child units.
 */
@Entity
@Table(name = "job_position")
public class Position {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "position_seq")
  @SequenceGenerator(name = "position_seq", sequenceName = "position_seq", allocationSize = 50)
  private Long id;

  @Column(nullable = false, unique = true)
  private String code;

  @Column(nullable = false)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private PositionType type;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "unit_id", nullable = false)
  private OrgUnit unit;

  @Column(name = "is_head", nullable = false)
  private boolean head;

  protected Position() {
  }

  public Position(String code, String name, PositionType type, OrgUnit unit, boolean head) {
    this.code = code;
    this.name = name;
    this.type = type;
    this.unit = unit;
    this.head = head;
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public PositionType getType() {
    return type;
  }

  public OrgUnit getUnit() {
    return unit;
  }

  public boolean isHead() {
    return head;
  }
}

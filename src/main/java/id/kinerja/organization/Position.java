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
 * A jabatan in a unit. The unit's {@code head} position (JPT, ADMINISTRATOR or PENGAWAS) leads it and has one holder
 * or is vacant: its holder supervises the unit's other employees and the heads of its child units. Other positions
 * (FUNGSIONAL, PELAKSANA, and structural ones that lead nothing) have many holders, up to an optional formasi.
 */
@Entity
@jakarta.persistence.EntityListeners(OrganizationWrites.class)
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

  /** Number of seats (formasi) for many holders; null = not limited. */
  @Column(name = "formasi")
  private Integer formasi;

  protected Position() {
  }

  public Position(String code, String name, PositionType type, OrgUnit unit, boolean head) {
    this.code = code;
    this.name = name;
    this.type = type;
    this.unit = unit;
    this.head = head;
  }

  /** Applies a row of an HR import; the code stays. */
  void update(String name, PositionType type, OrgUnit unit, boolean head, Integer formasi) {
    this.name = name;
    this.type = type;
    this.unit = unit;
    this.head = head;
    this.formasi = formasi;
  }

  /** The fields an import sets, named as the file's columns. */
  java.util.Map<String, String> importedFields() {
    java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
    fields.put("nama", name);
    fields.put("jenis", type.name());
    fields.put("unit_kode", unit.getCode());
    fields.put("kepala", String.valueOf(head));
    fields.put("formasi", formasi == null ? null : formasi.toString());
    return fields;
  }

  /** Whether a position of this type may be the head post of a unit: only structural ones. */
  static boolean mayLead(PositionType type) {
    return type == PositionType.JPT || type == PositionType.ADMINISTRATOR || type == PositionType.PENGAWAS;
  }

  public Integer getFormasi() {
    return formasi;
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

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
import jakarta.persistence.Version;

/**
 * A civil servant (PNS or PPPK), identified by NIP, holding at most one position. A head post has one holder, which
 * the database keeps through {@code head_position_id} (the position while the employee is active and it is a head
 * post); FUNGSIONAL and PELAKSANA positions have many.
 */
@Entity
@jakarta.persistence.EntityListeners(OrganizationWrites.class)
@Table(name = "employee")
public class Employee {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "employee_seq")
  @SequenceGenerator(name = "employee_seq", sequenceName = "employee_seq", allocationSize = 50)
  private Long id;

  @Column(nullable = false, unique = true, length = 18)
  private String nip;

  @Column(nullable = false)
  private String name;

  /** The login name (Camunda / Keycloak user id). */
  @Column(nullable = false, unique = true)
  private String username;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private EmployeeType type;

  @Column(nullable = false)
  private String email;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "unit_id", nullable = false)
  private OrgUnit unit;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "position_id")
  private Position position;

  /** The head post this employee holds, or null; unique, so a head post never has two active holders. */
  @Column(name = "head_position_id")
  private Long headPositionId;

  @Column(nullable = false)
  private boolean active = true;

  /** Pangkat (PNS only, e.g. Penata Muda); may be unknown. */
  @Column(length = 64)
  private String pangkat;

  /** Golongan (PNS III/a, PPPK IX); may be unknown. */
  @Column(length = 8)
  private String golongan;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 40)
  private EmployeeStatus status = EmployeeStatus.AKTIF;

  @Version
  private long version;

  protected Employee() {
  }

  public Employee(String nip, String name, String username, EmployeeType type, String email, OrgUnit unit,
      Position position) {
    this.nip = nip;
    this.name = name;
    this.username = username;
    this.type = type;
    this.email = email;
    this.unit = unit;
    this.position = position;
    refreshHeadPost();
  }

  /** Applies a row of an HR import; the NIP and the login name stay as they are. */
  void update(String name, EmployeeType type, String email, OrgUnit unit, Position position) {
    this.name = name;
    this.type = type;
    this.email = email;
    this.unit = unit;
    this.position = position;
    refreshHeadPost();
  }

  /** Pangkat, golongan and status from an import; the status decides whether the employee is active. */
  void classify(String pangkat, String golongan, EmployeeStatus status) {
    this.pangkat = pangkat;
    this.golongan = golongan;
    this.status = status;
    this.active = status.active();
    refreshHeadPost();
  }

  /** Applies a move (mutasi, pensiun…): the unit and position held afterwards and the status it leaves. */
  void move(OrgUnit unit, Position position, EmployeeStatus status) {
    this.unit = unit;
    this.position = position;
    this.status = status;
    this.active = status.active();
    refreshHeadPost();
  }

  /** The fields an import sets, named as the file's columns: what a dry run compares. */
  java.util.Map<String, String> importedFields() {
    java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
    fields.put("nama", name);
    fields.put("jenis", type.name());
    fields.put("unit_kode", unit.getCode());
    fields.put("jabatan_kode", position == null ? null : position.getCode());
    fields.put("email", email);
    fields.put("pangkat", pangkat);
    fields.put("golongan", golongan);
    fields.put("status", status.name());
    return fields;
  }

  void vacatePosition() {
    this.position = null;
    this.headPositionId = null;
  }

  /** Keeps {@code head_position_id} in step with the position, its head flag and the status. */
  void refreshHeadPost() {
    this.headPositionId = active && position != null && position.isHead() ? position.getId() : null;
  }

  public Long getId() {
    return id;
  }

  public String getNip() {
    return nip;
  }

  public String getName() {
    return name;
  }

  public String getUsername() {
    return username;
  }

  public EmployeeType getType() {
    return type;
  }

  public String getEmail() {
    return email;
  }

  public OrgUnit getUnit() {
    return unit;
  }

  public Position getPosition() {
    return position;
  }

  public boolean isActive() {
    return active;
  }

  public String getPangkat() {
    return pangkat;
  }

  public String getGolongan() {
    return golongan;
  }

  public EmployeeStatus getStatus() {
    return status;
  }
}

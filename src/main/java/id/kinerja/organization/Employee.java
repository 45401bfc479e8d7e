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

/** A civil servant (PNS or PPPK), identified by NIP, holding at most one position. */
@Entity
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
  @JoinColumn(name = "position_id", unique = true)
  private Position position;

  @Column(nullable = false)
  private boolean active = true;

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
  }

  /** Applies a row of an HR import; the NIP and the login name stay as they are. */
  void update(String name, EmployeeType type, String email, OrgUnit unit, Position position) {
    this.name = name;
    this.type = type;
    this.email = email;
    this.unit = unit;
    this.position = position;
    this.active = true;
  }

  void vacatePosition() {
    this.position = null;
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
}

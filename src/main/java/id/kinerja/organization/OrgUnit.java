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

/** A unit of the organisation tree (unit kerja / organisasi). */
@Entity
@jakarta.persistence.EntityListeners(OrganizationWrites.class)
@Table(name = "org_unit")
public class OrgUnit {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "org_unit_seq")
  @SequenceGenerator(name = "org_unit_seq", sequenceName = "org_unit_seq", allocationSize = 50)
  private Long id;

  @Column(nullable = false, unique = true)
  private String code;

  @Column(nullable = false)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(name = "unit_level", nullable = false)
  private UnitLevel level;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "parent_id")
  private OrgUnit parent;

  /** Declared number of people the unit serves in a survey period (for the SKM sample size); may be unknown. */
  @Column(name = "service_population")
  private Integer servicePopulation;

  /** The Pemda's zone id (e.g. Asia/Makassar); only a PEMDA root carries one. */
  @Column(name = "time_zone", length = 64)
  private String timeZone;

  /** The Pemda's seat (kedudukan, e.g. Kalianda): the place on its documents; only a PEMDA root carries one. */
  @Column(name = "seat", length = 100)
  private String seat;

  protected OrgUnit() {
  }

  public OrgUnit(String code, String name, UnitLevel level, OrgUnit parent) {
    this.code = code;
    this.name = name;
    this.level = level;
    this.parent = parent;
  }

  /** Applies a row of an HR import; the code stays. */
  void update(String name, UnitLevel level, OrgUnit parent, Integer servicePopulation, java.time.ZoneId timeZone,
      String seat) {
    this.seat = seat == null || seat.isBlank() ? null : seat.trim();
    this.name = name;
    this.level = level;
    this.parent = parent;
    this.servicePopulation = servicePopulation;
    this.timeZone = timeZone == null ? null : timeZone.getId();
  }

  /** The fields an import sets, named as the file's columns. */
  java.util.Map<String, String> importedFields() {
    java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
    fields.put("nama", name);
    fields.put("tingkat", level.name());
    fields.put("induk_kode", parent == null ? null : parent.getCode());
    fields.put("populasi_layanan", servicePopulation == null ? null : servicePopulation.toString());
    fields.put("zona_waktu", timeZone);
    fields.put("kedudukan", seat);
    return fields;
  }

  /** The Pemda's seat (kedudukan), if stored. */
  public java.util.Optional<String> getSeat() {
    return java.util.Optional.ofNullable(seat);
  }

  /** The Pemda's time zone, if stored. */
  public java.util.Optional<java.time.ZoneId> getTimeZone() {
    return java.util.Optional.ofNullable(timeZone).map(java.time.ZoneId::of);
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

  public UnitLevel getLevel() {
    return level;
  }

  public OrgUnit getParent() {
    return parent;
  }

  public Integer getServicePopulation() {
    return servicePopulation;
  }

  public void declareServicePopulation(Integer servicePopulation) {
    this.servicePopulation = servicePopulation;
  }
}

package id.kinerja.planning;

import id.kinerja.organization.Employee;
import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Sasaran Kinerja Pegawai: one employee's plan for one year. Revision 0 is the original; a revision of an agreed
 * SKP is a new SKP with the next revision number that replaces the agreed one only once it is agreed itself.
 */
@Entity
@Table(name = "skp")
public class Skp {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "skp_seq")
  @SequenceGenerator(name = "skp_seq", sequenceName = "skp_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "employee_id", nullable = false)
  private Employee employee;

  @Column(name = "cycle_id", nullable = false)
  private Long cycleId;

  @Column(name = "skp_year", nullable = false)
  private int year;

  @Column(nullable = false)
  private int revision;

  @Column(name = "revision_of_id")
  private Long revisionOfId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private SkpStatus status = SkpStatus.DRAFT;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "agreed_at")
  private Instant agreedAt;

  @Column(name = "superseded_at")
  private Instant supersededAt;

  @Column(name = "process_instance_id")
  private String processInstanceId;

  @Version
  private long version;

  @OneToMany(mappedBy = "skp", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("sortOrder")
  private List<Rhk> rhk = new ArrayList<>();

  /** Ekspektasi khusus pimpinan per BerAKHLAK value, written by the supervisor (domain.md, SKP). */
  @jakarta.persistence.ElementCollection
  @jakarta.persistence.CollectionTable(name = "skp_expectation",
      joinColumns = @jakarta.persistence.JoinColumn(name = "skp_id"))
  @jakarta.persistence.MapKeyEnumerated(jakarta.persistence.EnumType.STRING)
  @jakarta.persistence.MapKeyColumn(name = "core_value")
  @jakarta.persistence.Column(name = "expectation", nullable = false)
  private java.util.Map<CoreValue, String> expectations = new java.util.HashMap<>();

  @OneToMany(mappedBy = "skp", cascade = CascadeType.ALL)
  @OrderBy("round")
  private List<SkpReview> reviews = new ArrayList<>();

  protected Skp() {
  }

  Skp(Employee employee, Long cycleId, int year, Instant createdAt) {
    this.employee = employee;
    this.cycleId = cycleId;
    this.year = year;
    this.createdAt = createdAt;
  }

  /** A new draft revision of this agreed SKP, starting from its content. */
  Skp newRevision(Instant now) {
    Skp next = new Skp(employee, cycleId, year, now);
    next.revision = revision + 1;
    next.revisionOfId = id;
    next.replaceContent(rhk.stream().map(Rhk::copy).toList());
    next.expectations.putAll(expectations);
    return next;
  }

  /** In BerAKHLAK order; values without an expectation are left out. */
  java.util.Map<CoreValue, String> getExpectations() {
    java.util.Map<CoreValue, String> ordered = new java.util.EnumMap<>(CoreValue.class);
    ordered.putAll(expectations);
    return ordered;
  }

  void replaceExpectations(java.util.Map<CoreValue, String> replaced) {
    expectations.clear();
    expectations.putAll(replaced);
  }

  boolean isEditable() {
    return status == SkpStatus.DRAFT || status == SkpStatus.RETURNED;
  }

  void replaceContent(List<Rhk> newRhk) {
    rhk.clear();
    for (Rhk r : newRhk) {
      r.attachTo(this);
      rhk.add(r);
    }
  }

  void submit(String actor, Instant now) {
    status = SkpStatus.SUBMITTED;
    reviews.add(new SkpReview(this, reviews.size() + 1, now, actor));
  }

  void decide(String reviewer, ReviewDecision decision, String notes, Instant now) {
    openReview().orElseThrow().decide(reviewer, decision, notes, now);
    if (decision == ReviewDecision.APPROVE) {
      status = SkpStatus.AGREED;
      agreedAt = now;
    } else {
      status = SkpStatus.RETURNED;
    }
  }

  void supersede(Instant now) {
    supersededAt = now;
  }

  void startedAs(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  Optional<SkpReview> openReview() {
    return reviews.stream().filter(SkpReview::isOpen).findFirst();
  }

  /** The notes of the latest RETURN, shown to the employee while revising. */
  public Optional<String> latestReturnNotes() {
    for (int i = reviews.size() - 1; i >= 0; i--) {
      if (reviews.get(i).getDecision() == ReviewDecision.RETURN) {
        return Optional.ofNullable(reviews.get(i).getNotes());
      }
    }
    return Optional.empty();
  }

  public boolean isInForce() {
    return status == SkpStatus.AGREED && supersededAt == null;
  }

  public Long getId() {
    return id;
  }

  public Employee getEmployee() {
    return employee;
  }

  public Long getCycleId() {
    return cycleId;
  }

  public int getYear() {
    return year;
  }

  public int getRevision() {
    return revision;
  }

  public Long getRevisionOfId() {
    return revisionOfId;
  }

  public SkpStatus getStatus() {
    return status;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getAgreedAt() {
    return agreedAt;
  }

  public Instant getSupersededAt() {
    return supersededAt;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public List<Rhk> getRhk() {
    return rhk;
  }

  public List<SkpReview> getReviews() {
    return reviews;
  }
}

package id.kinerja.planning;

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
import java.util.ArrayList;
import java.util.List;

/** Rencana Hasil Kerja: one planned work result of an SKP, with its weight and indicators. */
@Entity
@Table(name = "rhk")
public class Rhk {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rhk_seq")
  @SequenceGenerator(name = "rhk_seq", sequenceName = "rhk_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "skp_id", nullable = false)
  private Skp skp;

  @Column(name = "sort_order", nullable = false)
  private int sortOrder;

  @Column(nullable = false)
  private String text;

  @Enumerated(EnumType.STRING)
  @Column(name = "rhk_type", nullable = false)
  private RhkType type;

  @Column(nullable = false)
  private int weight;

  /** The supervisor's RHK this one supports (the cascade), if linked. */
  @Column(name = "supervisor_rhk_id")
  private Long supervisorRhkId;

  @Enumerated(EnumType.STRING)
  private Perspective perspective;

  @OneToMany(mappedBy = "rhk", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("sortOrder")
  private List<Indicator> indicators = new ArrayList<>();

  protected Rhk() {
  }

  Rhk(int sortOrder, String text, RhkType type, int weight, Long supervisorRhkId, Perspective perspective,
      List<Indicator> indicators) {
    this.sortOrder = sortOrder;
    this.text = text;
    this.type = type;
    this.weight = weight;
    this.supervisorRhkId = supervisorRhkId;
    this.perspective = perspective;
    indicators.forEach(this::add);
  }

  private void add(Indicator indicator) {
    indicator.attachTo(this);
    indicators.add(indicator);
  }

  void attachTo(Skp skp) {
    this.skp = skp;
  }

  Rhk copy() {
    return new Rhk(sortOrder, text, type, weight, supervisorRhkId, perspective,
        indicators.stream().map(Indicator::copy).toList());
  }

  public Long getId() {
    return id;
  }

  public Skp getSkp() {
    return skp;
  }

  public int getSortOrder() {
    return sortOrder;
  }

  public String getText() {
    return text;
  }

  public RhkType getType() {
    return type;
  }

  public int getWeight() {
    return weight;
  }

  public Long getSupervisorRhkId() {
    return supervisorRhkId;
  }

  public Perspective getPerspective() {
    return perspective;
  }

  public List<Indicator> getIndicators() {
    return indicators;
  }
}

package id.kinerja.reward;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** The yearly incentive budget of an organisation. */
@Entity
@Table(name = "reward_budget")
public class RewardBudget {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reward_budget_seq")
  @SequenceGenerator(name = "reward_budget_seq", sequenceName = "reward_budget_seq", allocationSize = 50)
  private Long id;

  @Column(name = "organisation_id", nullable = false)
  private Long organisationId;

  @Column(name = "budget_year", nullable = false)
  private int year;

  @Column(nullable = false)
  private BigDecimal amount;

  protected RewardBudget() {
  }

  RewardBudget(Long organisationId, int year, BigDecimal amount) {
    this.organisationId = organisationId;
    this.year = year;
    this.amount = amount;
  }

  void amount(BigDecimal amount) {
    this.amount = amount;
  }

  public BigDecimal getAmount() {
    return amount;
  }
}

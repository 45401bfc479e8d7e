package id.kinerja.reward;

import id.kinerja.common.ApiException;
import id.kinerja.common.AuditTrail;
import id.kinerja.common.Bounded;
import id.kinerja.common.DecimalBounds;
import id.kinerja.common.ValidationFailedException;
import id.kinerja.common.Violation;
import id.kinerja.document.PdfText;
import id.kinerja.document.VerificationCodes;
import id.kinerja.document.VerificationSource;
import id.kinerja.document.VerifiedDocument;
import id.kinerja.evaluation.EvaluationService;
import id.kinerja.evaluation.EvaluationView;
import id.kinerja.evaluation.OrganisationAssessment;
import id.kinerja.evaluation.FollowUp;
import id.kinerja.evaluation.Predikat;
import id.kinerja.organization.UnitDirectory;
import id.kinerja.planning.SkpService;
import id.kinerja.planning.SkpView;
import id.kinerja.security.KinerjaUser;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reward path for SANGAT_BAIK (domain.md, Follow-up): the supervisor proposes rewards, HR approves or rejects
 * each; approved incentives must fit the organisation's yearly budget (over it → refused, the remaining amount
 * shown); an approved certificate gets a verification code that {@code /verifikasi/{code}} confirms.
 */
@Service
public class RewardService implements VerificationSource {

  static final int MAX_PROPOSALS = 4;

  private final Rewards rewards;
  private final RewardBudgets budgets;
  private final EvaluationService evaluations;
  private final OrganisationAssessment organisations;
  private final SkpService skps;
  private final UnitDirectory units;
  private final AuditTrail audit;
  private final Clock clock;
  private final String baseUrl;

  RewardService(Rewards rewards, RewardBudgets budgets, EvaluationService evaluations,
      OrganisationAssessment organisations, SkpService skps, UnitDirectory units, AuditTrail audit, Clock clock,
      @Value("${kinerja.base-url:http://localhost:8080}") String baseUrl) {
    this.rewards = rewards;
    this.budgets = budgets;
    this.evaluations = evaluations;
    this.organisations = organisations;
    this.skps = skps;
    this.units = units;
    this.audit = audit;
    this.clock = clock;
    this.baseUrl = baseUrl;
  }

  /** One proposal as the supervisor's form sends it. */
  public record Proposal(String jenis, @Bounded(DecimalBounds.MONEY) BigDecimal jumlah, String alasan) {
  }

  /** One HR decision on a proposal. */
  public record Decision(Long rewardId, String keputusan, String catatan) {
  }

  @Transactional
  public int propose(long evaluationId, List<Proposal> proposals, String actor) {
    EvaluationView evaluation = evaluations.view(evaluationId);
    if (evaluation.predikat() == null || evaluation.predikat().followUp() != FollowUp.REWARD) {
      throw ApiException.conflict("reward.not-sangat-baik", evaluationId);
    }
    List<Violation> violations = new ArrayList<>();
    if (proposals.size() > MAX_PROPOSALS) {
      violations.add(Violation.of("usulan", "reward.too-many", MAX_PROPOSALS));
    }
    List<Reward> created = new ArrayList<>();
    Long organisation = organisations.organisationIdOf(evaluation.skpId());
    int year = evaluation.periodTo().getYear();
    for (int i = 0; i < proposals.size(); i++) {
      Proposal p = proposals.get(i);
      String at = "usulan[" + i + "]";
      RewardType type = null;
      try {
        type = RewardType.valueOf(String.valueOf(p.jenis()).trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        violations.add(Violation.of(at + ".jenis", "reward.type-unknown", String.valueOf(p.jenis())));
      }
      if (type == RewardType.INSENTIF && (p.jumlah() == null || p.jumlah().signum() <= 0)) {
        violations.add(Violation.of(at + ".jumlah", "reward.amount-required"));
      }
      if (p.alasan() == null || p.alasan().isBlank() || p.alasan().length() > 2000) {
        violations.add(Violation.of(at + ".alasan", "reward.reason-required", 2000));
      }
      if (type != null) {
        created.add(new Reward(evaluationId, organisation, year, type, type == RewardType.INSENTIF ? p.jumlah() : null,
            p.alasan() == null ? "" : p.alasan().trim(), actor, clock.instant()));
      }
    }
    if (!violations.isEmpty()) {
      throw new ValidationFailedException("reward.invalid", violations);
    }
    rewards.saveAll(created);
    audit.record(actor, "REWARDS_PROPOSED", "evaluation", String.valueOf(evaluationId),
        created.stream().map(r -> r.getType() + (r.getAmount() == null ? "" : " " + r.getAmount().toPlainString()))
            .collect(Collectors.joining(", ")));
    return created.size();
  }

  @Transactional(readOnly = true)
  public List<Reward> of(long evaluationId) {
    return rewards.findByEvaluationIdOrderByIdAsc(evaluationId);
  }

  @Transactional
  public void decide(long evaluationId, List<Decision> decisions, String actor) {
    Map<Long, Reward> proposed = rewards.findByEvaluationIdOrderByIdAsc(evaluationId).stream()
        .collect(Collectors.toMap(Reward::getId, Function.identity()));
    List<Violation> violations = new ArrayList<>();
    BigDecimal incentives = BigDecimal.ZERO;
    for (int i = 0; i < decisions.size(); i++) {
      Decision d = decisions.get(i);
      Reward reward = d.rewardId() == null ? null : proposed.get(d.rewardId());
      String decision = d.keputusan() == null ? "" : d.keputusan().trim().toUpperCase(Locale.ROOT);
      if (reward == null) {
        violations.add(Violation.of("keputusan[" + i + "].rewardId", "reward.unknown"));
      } else if (!decision.equals("APPROVE") && !decision.equals("REJECT")) {
        violations.add(Violation.of("keputusan[" + i + "].keputusan", "reward.decision-unknown", d.keputusan()));
      } else if (decision.equals("APPROVE") && reward.getType() == RewardType.INSENTIF) {
        incentives = incentives.add(reward.getAmount());
      }
    }
    if (proposed.size() != decisions.stream().map(Decision::rewardId).distinct().count()) {
      violations.add(Violation.of("keputusan", "reward.decide-all", proposed.size()));
    }
    if (!violations.isEmpty()) {
      throw new ValidationFailedException("reward.invalid", violations);
    }
    if (incentives.signum() > 0) {
      Reward any = proposed.values().iterator().next();
      BigDecimal budget = budgets.findByOrganisationIdAndYear(any.getOrganisationId(), any.getYear())
          .map(RewardBudget::getAmount).orElse(BigDecimal.ZERO);
      BigDecimal remaining = budget.subtract(rewards.approvedIncentives(any.getOrganisationId(), any.getYear()));
      if (incentives.compareTo(remaining) > 0) {
        throw new ValidationFailedException("reward.invalid", List.of(Violation.of("keputusan",
            "reward.over-budget", incentives.toPlainString(), remaining.max(BigDecimal.ZERO).toPlainString())));
      }
    }
    for (Decision d : decisions) {
      Reward reward = proposed.get(d.rewardId());
      boolean approve = d.keputusan().trim().equalsIgnoreCase("APPROVE");
      reward.decide(approve ? RewardStatus.APPROVED : RewardStatus.REJECTED,
          d.catatan() == null || d.catatan().isBlank() ? null : d.catatan().trim(), actor, clock.instant(),
          approve && reward.getType() == RewardType.SERTIFIKAT ? VerificationCodes.next() : null);
      audit.record(actor, approve ? "REWARD_APPROVED" : "REWARD_REJECTED", "reward", String.valueOf(reward.getId()),
          reward.getType() + (reward.getAmount() == null ? "" : " " + reward.getAmount().toPlainString()));
    }
  }

  @Transactional
  public void setBudget(String organisationCode, Integer year, BigDecimal amount, String actor) {
    List<Violation> violations = new ArrayList<>();
    var unit = organisationCode == null ? Optional.<id.kinerja.organization.OrgUnit>empty()
        : units.byCode(organisationCode);
    if (unit.isEmpty()) {
      violations.add(Violation.of("organisationCode", "reward.organisation-unknown", String.valueOf(organisationCode)));
    }
    if (year == null || year < 2000 || year > 2100) {
      violations.add(Violation.of("year", "reward.year"));
    }
    if (amount == null || amount.signum() < 0 || amount.scale() > 2) {
      violations.add(Violation.of("amount", "reward.budget-amount"));
    }
    if (!violations.isEmpty()) {
      throw new ValidationFailedException("reward.invalid", violations);
    }
    Long organisationId = unit.get().getId();
    budgets.findByOrganisationIdAndYear(organisationId, year)
        .ifPresentOrElse(b -> b.amount(amount), () -> budgets.save(new RewardBudget(organisationId, year, amount)));
    audit.record(actor, "REWARD_BUDGET_SET", "unit", organisationCode, year + ": " + amount.toPlainString());
  }

  /** The certificate of an approved SERTIFIKAT (the employee, heads above, HR). */
  @Transactional(readOnly = true)
  public byte[] certificate(long rewardId, KinerjaUser user) {
    Reward reward = rewards.findById(rewardId).filter(r -> r.getVerificationCode() != null)
        .orElseThrow(() -> ApiException.notFound("reward.certificate-not-found", rewardId));
    EvaluationView evaluation = evaluations.view(reward.getEvaluationId(), user);
    SkpView skp = skps.view(evaluation.skpId());
    return new PdfText("Sertifikat penghargaan " + skp.employeeName())
        .title("SERTIFIKAT PENGHARGAAN")
        .space(10)
        .paragraph("Diberikan kepada")
        .title(skp.employeeName())
        .line("NIP", skp.employeeNip())
        .paragraph("atas capaian kinerja dengan predikat SANGAT BAIK pada evaluasi " + evaluation.periodCode()
            + " tahun " + skp.year() + ".")
        .line("Alasan", reward.getReason())
        .line("Ditetapkan oleh", reward.getDecidedBy() + ", " + reward.getDecidedAt()
            .atZone(clock.getZone()).toLocalDate())
        .space(12)
        .line("Kode verifikasi", reward.getVerificationCode())
        .paragraph("Periksa keaslian sertifikat di " + baseUrl + "/verifikasi/" + reward.getVerificationCode())
        .toBytes();
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<VerifiedDocument> find(String code) {
    return rewards.findByVerificationCode(code).map(r -> {
      EvaluationView evaluation = evaluations.view(r.getEvaluationId());
      return new VerifiedDocument("Sertifikat penghargaan", evaluation.employeeName(),
          "Predikat SANGAT_BAIK, evaluasi " + evaluation.periodCode() + " " + evaluation.periodTo().getYear(),
          r.getDecidedAt().atZone(clock.getZone()).toLocalDate());
    });
  }
}

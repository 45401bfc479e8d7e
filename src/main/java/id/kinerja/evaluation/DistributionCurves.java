package id.kinerja.evaluation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kinerja.common.ApiException;
import id.kinerja.common.AuditTrail;
import id.kinerja.common.ValidationFailedException;
import id.kinerja.common.Violation;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The distribution curve as versioned, audited data (decision 72): HR replaces it with a new version (validated:
 * known predikat, percentages 0–100 with at most 2 decimals, counts 0–100,000, at least one bound per rule, at least
 * ≤ at most); a cycle is pinned to the version in force when its annual evaluation opens and is checked against it
 * from then on, whatever HR changes later. A cycle whose annual evaluation opened before versions existed uses the
 * latest version.
 */
@Service
public class DistributionCurves {

  static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  public static final int MAX_COUNT = 100_000;
  static final int MAX_REASON = 1000;

  /** One rule as HR writes it. */
  public record RuleInput(List<String> predikat, BigDecimal atMostPercent, BigDecimal atLeastPercent,
      Integer atLeastCount) {
  }

  /** A new curve: per organisation predikat its rules, and why. */
  public record CurveInput(String reason, Map<String, List<RuleInput>> rules) {
  }

  public record CurveVersionView(int version, Instant createdAt, String createdBy, String reason,
      Map<OrganisationPredikat, List<DistributionCurve.Rule>> rules) {
  }

  private final CurveVersions versions;
  private final CycleCurves pins;
  private final AuditTrail audit;
  private final ObjectMapper json;
  private final Clock clock;

  DistributionCurves(CurveVersions versions, CycleCurves pins, AuditTrail audit, ObjectMapper json, Clock clock) {
    this.versions = versions;
    this.pins = pins;
    this.audit = audit;
    this.json = json;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public CurveVersionView current() {
    return view(latest());
  }

  @Transactional(readOnly = true)
  public List<CurveVersionView> history() {
    return versions.findAllByOrderByVersionDesc().stream().map(this::view).toList();
  }

  /** The curve a cycle is checked against. */
  @Transactional(readOnly = true)
  public DistributionCurve forCycle(long cycleId) {
    int version = pins.findById(cycleId).map(CycleCurve::getCurveVersion).orElseGet(() -> latest().getVersion());
    return parse(versions.findByVersion(version).orElseThrow().getRules());
  }

  /** The version a cycle uses; empty until its annual evaluation opened. */
  @Transactional(readOnly = true)
  public java.util.Optional<Integer> pinnedVersion(long cycleId) {
    return pins.findById(cycleId).map(CycleCurve::getCurveVersion);
  }

  /** Pins the version in force now to the cycle, once (its annual evaluation opens). */
  @Transactional(propagation = Propagation.MANDATORY)
  public void pin(long cycleId) {
    if (pins.findById(cycleId).isEmpty()) {
      pins.save(new CycleCurve(cycleId, latest().getVersion(), clock.instant()));
    }
  }

  public List<CurveCheck.Breach> check(long cycleId, OrganisationPredikat organisation,
      Map<Predikat, Integer> counts) {
    return new CurveCheck(forCycle(cycleId)).check(organisation, counts);
  }

  @Transactional
  public CurveVersionView replace(CurveInput input, String actor) {
    List<Violation> violations = new ArrayList<>();
    String reason = input == null || input.reason() == null ? "" : input.reason().strip();
    if (reason.isEmpty() || reason.length() > MAX_REASON) {
      violations.add(Violation.of("reason", "curve.reason-required", MAX_REASON));
    }
    Map<OrganisationPredikat, List<DistributionCurve.Rule>> rules = new EnumMap<>(OrganisationPredikat.class);
    Map<String, List<RuleInput>> given = input == null || input.rules() == null ? Map.of() : input.rules();
    if (given.isEmpty()) {
      violations.add(Violation.of("rules", "curve.rules-required"));
    }
    given.forEach((key, list) -> {
      OrganisationPredikat organisation = organisationPredikat(key);
      if (organisation == null) {
        violations.add(Violation.of("rules." + key, "curve.organisation-unknown", key));
        return;
      }
      List<DistributionCurve.Rule> checked = new ArrayList<>();
      List<RuleInput> ruleInputs = list == null ? List.of() : list;
      for (int i = 0; i < ruleInputs.size(); i++) {
        DistributionCurve.Rule rule = rule("rules." + key + "[" + i + "]", ruleInputs.get(i), violations);
        if (rule != null) {
          checked.add(rule);
        }
      }
      rules.put(organisation, checked);
    });
    if (!violations.isEmpty()) {
      throw new ValidationFailedException("curve.invalid", violations);
    }
    int next = latest().getVersion() + 1;
    String text;
    try {
      text = json.writeValueAsString(rules);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    if (text.length() > 8000) {
      throw new ValidationFailedException("curve.invalid", List.of(Violation.of("rules", "curve.too-many")));
    }
    CurveVersion saved = versions.save(new CurveVersion(next, clock.instant(), actor, reason, text));
    audit.record(actor, "CURVE_CHANGED", "distribution-curve", String.valueOf(next), reason + ": " + text);
    return view(saved);
  }

  private static DistributionCurve.Rule rule(String field, RuleInput input, List<Violation> violations) {
    int before = violations.size();
    if (input == null) {
      violations.add(Violation.of(field, "curve.rule-required"));
      return null;
    }
    Set<Predikat> predikat = new LinkedHashSet<>();
    if (input.predikat() == null || input.predikat().isEmpty()) {
      violations.add(Violation.of(field + ".predikat", "curve.predikat-required"));
    } else {
      for (String name : input.predikat()) {
        try {
          predikat.add(Predikat.valueOf(String.valueOf(name).trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
          violations.add(Violation.of(field + ".predikat", "curve.predikat-unknown", String.valueOf(name)));
        }
      }
    }
    percent(field + ".atMostPercent", input.atMostPercent(), violations);
    percent(field + ".atLeastPercent", input.atLeastPercent(), violations);
    if (input.atLeastCount() != null && (input.atLeastCount() < 0 || input.atLeastCount() > MAX_COUNT)) {
      violations.add(Violation.of(field + ".atLeastCount", "curve.count-range", MAX_COUNT));
    }
    if (input.atMostPercent() == null && input.atLeastPercent() == null && input.atLeastCount() == null) {
      violations.add(Violation.of(field, "curve.bound-required"));
    }
    if (input.atMostPercent() != null && input.atLeastPercent() != null
        && input.atLeastPercent().compareTo(input.atMostPercent()) > 0) {
      violations.add(Violation.of(field, "curve.bounds-crossed", input.atLeastPercent(), input.atMostPercent()));
    }
    return violations.size() > before ? null
        : new DistributionCurve.Rule(predikat, input.atMostPercent(), input.atLeastPercent(), input.atLeastCount());
  }

  private static void percent(String field, BigDecimal value, List<Violation> violations) {
    if (value != null && (value.signum() < 0 || value.compareTo(HUNDRED) > 0 || value.stripTrailingZeros().scale() > 2)) {
      violations.add(Violation.of(field, "curve.percent-range"));
    }
  }

  private static OrganisationPredikat organisationPredikat(String key) {
    try {
      return OrganisationPredikat.valueOf(String.valueOf(key).trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private CurveVersion latest() {
    return versions.findFirstByOrderByVersionDesc()
        .orElseThrow(() -> ApiException.notFound("curve.none"));
  }

  private CurveVersionView view(CurveVersion version) {
    return new CurveVersionView(version.getVersion(), version.getCreatedAt(), version.getCreatedBy(),
        version.getReason(), parse(version.getRules()).curve());
  }

  DistributionCurve parse(String rules) {
    try {
      return new DistributionCurve(json.readValue(rules,
          new TypeReference<Map<OrganisationPredikat, List<DistributionCurve.Rule>>>() { }));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Stored curve unreadable", e);
    }
  }
}

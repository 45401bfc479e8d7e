package id.kinerja.evaluation.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.kinerja.common.Bounded;
import id.kinerja.common.DecimalBounds;
import id.kinerja.common.ValidationFailedException;
import id.kinerja.common.Violation;
import id.kinerja.evaluation.Rating;
import id.kinerja.evaluation.Score;
import id.kinerja.evaluation.ScoredSkp;
import id.kinerja.evaluation.Scoring;
import id.kinerja.planning.Direction;
import id.kinerja.planning.RhkType;
import id.kinerja.progress.Achievement;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Penilaian", description = "Scoring")
class ScoringPreviewController {

  private final Scoring scoring;

  ScoringPreviewController(Scoring scoring) {
    this.scoring = scoring;
  }

  @PostMapping("/api/v1/scoring/preview")
  @Operation(summary = "Capaian and the suggested results rating for hand-entered figures (any authenticated user)",
      description = "{\"rhk\":[{\"type\":\"UTAMA\",\"weight\":60,\"indicators\":[{\"target\":10,\"realisation\":12,"
          + "\"direction\":\"HIGHER_IS_BETTER\"}]}]} → capaian rounded half-up to 2 decimals; weightedCapaian and "
          + "suggestedRating null where domain.md gives none. The same code scores evaluations.")
  PreviewResponse preview(@RequestBody PreviewRequest request) {
    Score score = scoring.score(validate(request));
    return new PreviewResponse(score.rhk().stream().map(r -> new RhkResult(Achievement.report(r.capaian()),
            r.indicatorCapaian().stream().map(c -> new IndicatorResult(Achievement.report(c))).toList())).toList(),
        Achievement.report(score.weightedCapaian()), score.suggestedRating());
  }

  /** Nulls are written out: "no weighted capaian" and "no suggestion" are answers too. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record PreviewResponse(List<RhkResult> rhk, BigDecimal weightedCapaian, Rating suggestedRating) {
  }

  @JsonInclude(JsonInclude.Include.ALWAYS)
  record RhkResult(BigDecimal capaian, List<IndicatorResult> indicators) {
  }

  @JsonInclude(JsonInclude.Include.ALWAYS)
  record IndicatorResult(BigDecimal capaian) {
  }

  record PreviewRequest(List<RhkRequest> rhk) {
  }

  record RhkRequest(String type, @Bounded(DecimalBounds.WEIGHT) BigDecimal weight, List<IndicatorRequest> indicators) {
  }

  record IndicatorRequest(@Bounded(DecimalBounds.MEASURE) BigDecimal target,
      @Bounded(DecimalBounds.MEASURE) BigDecimal realisation, String direction) {
  }

  private static ScoredSkp validate(PreviewRequest request) {
    List<Violation> violations = new ArrayList<>();
    List<ScoredSkp.Rhk> rhk = new ArrayList<>();
    if (request == null || request.rhk() == null || request.rhk().isEmpty()) {
      throw new ValidationFailedException("scoring.invalid", List.of(Violation.of("rhk", "scoring.rhk-required")));
    }
    for (int i = 0; i < request.rhk().size(); i++) {
      RhkRequest r = request.rhk().get(i);
      String at = "rhk[" + i + "]";
      if (r == null) {
        violations.add(Violation.of(at, "scoring.rhk-required"));
        continue;
      }
      RhkType type = null;
      try {
        type = RhkType.valueOf(String.valueOf(r.type()).toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        violations.add(Violation.of(at + ".type", "scoring.type", String.valueOf(r.type())));
      }
      int weight = 0;
      if (r.weight() == null || r.weight().signum() < 0 || r.weight().stripTrailingZeros().scale() > 0
          || r.weight().compareTo(BigDecimal.valueOf(100)) > 0) {
        violations.add(Violation.of(at + ".weight", "scoring.weight", String.valueOf(r.weight())));
      } else {
        weight = r.weight().intValueExact();
      }
      List<ScoredSkp.Indicator> indicators = new ArrayList<>();
      List<IndicatorRequest> given = r.indicators() == null ? List.of() : r.indicators();
      for (int j = 0; j < given.size(); j++) {
        IndicatorRequest in = given.get(j);
        String ia = at + ".indicators[" + j + "]";
        if (in == null) {
          violations.add(Violation.of(ia, "scoring.indicator-required"));
          continue;
        }
        if (in.target() == null || in.target().signum() <= 0) {
          violations.add(Violation.of(ia + ".target", "scoring.target"));
        }
        if (in.realisation() == null || in.realisation().signum() < 0) {
          violations.add(Violation.of(ia + ".realisation", "scoring.realisation"));
        }
        Direction direction = null;
        try {
          direction = Direction.valueOf(String.valueOf(in.direction()).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
          violations.add(Violation.of(ia + ".direction", "scoring.direction", String.valueOf(in.direction())));
        }
        indicators.add(new ScoredSkp.Indicator(in.target(), in.realisation(), direction));
      }
      rhk.add(new ScoredSkp.Rhk(type, weight, indicators));
    }
    if (!violations.isEmpty()) {
      throw new ValidationFailedException("scoring.invalid", violations);
    }
    return new ScoredSkp(rhk);
  }
}

package id.kinerja.evaluation;

import id.kinerja.planning.RhkType;
import id.kinerja.progress.Achievement;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Service;

/**
 * Scores an SKP: capaian per indicator, per RHK and weighted ({@link Achievement}, the one place of that
 * arithmetic), then the suggested results rating from the DMN decision {@code rating-hasil-kerja}, which HR can
 * edit, and which holds every threshold (80%, 100%). It hands the decision unrounded capaian of numeric
 * indicators only. An indicator without a
 * realisation has no capaian and is left out of its RHK's mean; when it is an UTAMA indicator no rating is suggested
 * (domain.md: the supervisor rates with a written reason). The scoring preview
 * API and the evaluation process both call this class.
 */
@Service
public class Scoring {

  public static final String RATING_DECISION = "rating-hasil-kerja";
  /**
   * The decision's inputs this class passes and the output it reads (its contract with the DMN): the capaian,
   * not counts against thresholds, so that every threshold (80%, 100%) is the DMN's (decision 71).
   */
  public static final String IN_WEIGHTED = "capaianTertimbang";
  public static final String IN_UTAMA = "capaianUtama";
  public static final String IN_NUMERIC = "capaianIndikator";
  public static final String OUT_RATING = "ratingHasilKerja";

  private final DecisionService decisions;

  Scoring(DecisionService decisions) {
    this.decisions = decisions;
  }

  public Score score(ScoredSkp skp) {
    return score(skp, true);
  }

  /** The capaian only, without asking the decision for a suggestion (reads nothing, writes no history). */
  Score measure(ScoredSkp skp) {
    return score(skp, false);
  }

  private Score score(ScoredSkp skp, boolean suggest) {
    List<Score.RhkScore> rhkScores = new ArrayList<>();
    List<Achievement.WeightedRhk> weighted = new ArrayList<>();
    List<Double> numeric = new ArrayList<>();
    List<Double> utama = new ArrayList<>();
    boolean utamaWithoutRealisation = false;
    for (ScoredSkp.Rhk rhk : skp.rhk()) {
      List<BigDecimal> capaian = new ArrayList<>();
      for (ScoredSkp.Indicator indicator : rhk.indicators()) {
        BigDecimal c = Achievement.indicatorCapaian(indicator.realisation(), indicator.target(), indicator.direction());
        capaian.add(c);
        if (indicator.realisation() == null && rhk.type() == RhkType.UTAMA) {
          utamaWithoutRealisation = true;
        }
        if (c == null) {
          continue;
        }
        numeric.add(c.doubleValue());
        if (rhk.type() == RhkType.UTAMA) {
          utama.add(c.doubleValue());
        }
      }
      BigDecimal rhkCapaian = Achievement.rhkCapaian(capaian);
      weighted.add(new Achievement.WeightedRhk(rhkCapaian, rhk.weight()));
      rhkScores.add(new Score.RhkScore(rhkCapaian, capaian));
    }
    BigDecimal weightedCapaian = Achievement.weightedCapaian(weighted);
    Rating suggestion = null;
    if (suggest && !numeric.isEmpty() && !utamaWithoutRealisation) {
      Map<String, Object> inputs = new HashMap<>();
      inputs.put(IN_WEIGHTED, weightedCapaian == null ? null : weightedCapaian.doubleValue());
      inputs.put(IN_UTAMA, utama);
      inputs.put(IN_NUMERIC, numeric);
      String rating = decisions.evaluateDecisionByKey(RATING_DECISION).variables(inputs).evaluate()
          .getSingleResult().getEntry(OUT_RATING);
      suggestion = Rating.valueOf(rating);
    }
    return new Score(rhkScores, weightedCapaian, suggestion, utamaWithoutRealisation);
  }
}

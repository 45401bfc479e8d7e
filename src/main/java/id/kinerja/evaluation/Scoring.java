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
 * edit. The counts it hands the decision use unrounded capaian and numeric indicators only. An indicator without a
 * realisation has no capaian and is left out of its RHK's mean; when it is an UTAMA indicator no rating is suggested
 * (domain.md: the supervisor rates with a written reason). The scoring preview
 * API and the evaluation process both call this class.
 */
@Service
public class Scoring {

  public static final String RATING_DECISION = "rating-hasil-kerja";
  /** The decision's inputs this class passes and the output it reads (its contract with the DMN). */
  public static final String IN_WEIGHTED = "capaianTertimbang";
  public static final String IN_UTAMA_BELOW_80 = "porsiUtamaDiBawah80";
  public static final String IN_UTAMA_BELOW_100 = "jumlahUtamaDiBawah100";
  public static final String IN_ABOVE_100 = "porsiDiAtas100";
  public static final String OUT_RATING = "ratingHasilKerja";
  private static final BigDecimal EIGHTY = BigDecimal.valueOf(80);
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

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
    int numeric = 0;
    int utama = 0;
    int utamaBelow80 = 0;
    int utamaBelow100 = 0;
    int above100 = 0;
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
        numeric++;
        if (c.compareTo(HUNDRED) > 0) {
          above100++;
        }
        if (rhk.type() == RhkType.UTAMA) {
          utama++;
          if (c.compareTo(EIGHTY) < 0) {
            utamaBelow80++;
          }
          if (c.compareTo(HUNDRED) < 0) {
            utamaBelow100++;
          }
        }
      }
      BigDecimal rhkCapaian = Achievement.rhkCapaian(capaian);
      weighted.add(new Achievement.WeightedRhk(rhkCapaian, rhk.weight()));
      rhkScores.add(new Score.RhkScore(rhkCapaian, capaian));
    }
    BigDecimal weightedCapaian = Achievement.weightedCapaian(weighted);
    Rating suggestion = null;
    if (suggest && numeric > 0 && !utamaWithoutRealisation) {
      Map<String, Object> inputs = new HashMap<>();
      inputs.put(IN_WEIGHTED, weightedCapaian == null ? null : weightedCapaian.doubleValue());
      inputs.put(IN_UTAMA_BELOW_80, utama == 0 ? 0.0 : (double) utamaBelow80 / utama);
      inputs.put(IN_UTAMA_BELOW_100, utamaBelow100);
      inputs.put(IN_ABOVE_100, (double) above100 / numeric);
      String rating = decisions.evaluateDecisionByKey(RATING_DECISION).variables(inputs).evaluate()
          .getSingleResult().getEntry(OUT_RATING);
      suggestion = Rating.valueOf(rating);
    }
    return new Score(rhkScores, weightedCapaian, suggestion, utamaWithoutRealisation);
  }
}

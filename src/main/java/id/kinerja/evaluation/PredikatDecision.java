package id.kinerja.evaluation;

import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Service;

/** The predikat from the two ratings, through the deployed DMN decision {@code predikat-kinerja} (domain.md matrix). */
@Service
public class PredikatDecision {

  public static final String KEY = "predikat-kinerja";
  public static final String IN_RESULTS = "ratingHasilKerja";
  public static final String IN_BEHAVIOUR = "ratingPerilakuKerja";
  public static final String OUT_PREDIKAT = "predikat";

  private final DecisionService decisions;

  PredikatDecision(DecisionService decisions) {
    this.decisions = decisions;
  }

  public Predikat of(Rating results, Rating behaviour) {
    String predikat = decisions.evaluateDecisionByKey(KEY)
        .variables(Map.of(IN_RESULTS, results.name(), IN_BEHAVIOUR, behaviour.name()))
        .evaluate().getSingleResult().getEntry(OUT_PREDIKAT);
    return Predikat.valueOf(predikat);
  }
}

package id.kinerja.evaluation;

import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Service;

/** The predikat from the two ratings, through the deployed DMN decision {@code predikat-kinerja} (domain.md matrix). */
@Service
public class PredikatDecision {

  public static final String KEY = "predikat-kinerja";

  private final DecisionService decisions;

  PredikatDecision(DecisionService decisions) {
    this.decisions = decisions;
  }

  public Predikat of(Rating results, Rating behaviour) {
    String predikat = decisions.evaluateDecisionByKey(KEY)
        .variables(Map.of("ratingHasilKerja", results.name(), "ratingPerilakuKerja", behaviour.name()))
        .evaluate().getSingleResult().getSingleEntry();
    return Predikat.valueOf(predikat);
  }
}

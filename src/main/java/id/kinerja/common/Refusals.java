package id.kinerja.common;

import java.util.Locale;
import org.springframework.stereotype.Component;

/** Runs a step of a task listener and turns Kinerja's refusal into a message Tasklist shows. */
@Component
public class Refusals {

  private static final Locale INDONESIAN = Locale.forLanguageTag("id");

  private final Problems problems;

  Refusals(Problems problems) {
    this.problems = problems;
  }

  public void run(Runnable step) {
    try {
      step.run();
    } catch (ApiException e) {
      throw new TaskRefusedException(problems.explain(e, INDONESIAN), e);
    }
  }
}

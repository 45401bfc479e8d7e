package id.kinerja.cycle;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Cycles as other modules read them (evaluation openings, dialogs): never through the repository. */
@Service
@Transactional(readOnly = true)
public class CycleLookup {

  private final AppraisalCycles cycles;

  CycleLookup(AppraisalCycles cycles) {
    this.cycles = cycles;
  }

  public Optional<AppraisalCycle> find(long id) {
    return cycles.findById(id);
  }

  /** The cycles whose opening has finished: those whose periods get evaluated. */
  public List<AppraisalCycle> open() {
    return cycles.findByStatus(CycleStatus.OPEN);
  }
}

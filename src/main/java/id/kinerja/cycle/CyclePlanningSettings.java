package id.kinerja.cycle;

import id.kinerja.planning.PlanningSettings;
import id.kinerja.planning.PlanningSettingsSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Gives planning a cycle's year and timer settings. */
@Component
class CyclePlanningSettings implements PlanningSettingsSource {

  private final AppraisalCycles cycles;

  CyclePlanningSettings(AppraisalCycles cycles) {
    this.cycles = cycles;
  }

  @Override
  @Transactional(readOnly = true)
  public PlanningSettings forCycle(Long cycleId) {
    AppraisalCycle cycle = cycles.findById(cycleId).orElseThrow();
    CycleTimers t = cycle.getTimers();
    return new PlanningSettings(cycle.getId(), cycle.getYear(), t.submitReminderDays(), t.reviewReminderDays(),
        t.escalationDays(), cycle.getCadence().periods(cycle.getYear()).size() - 1);
  }
}

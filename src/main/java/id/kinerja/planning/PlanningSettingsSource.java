package id.kinerja.planning;

/** Where planning finds a cycle's settings (implemented by the cycle module, which owns cycles). */
public interface PlanningSettingsSource {

  PlanningSettings forCycle(Long cycleId);
}

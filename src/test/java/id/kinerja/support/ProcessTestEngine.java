package id.kinerja.support;

import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;

/**
 * The in-memory engine of the process-path tests. Its configuration is deliberately not called
 * {@code camunda.cfg.xml}: that name is picked up by {@code ProcessEngines.getDefaultProcessEngine()}, which the
 * engine REST API of the Spring context uses, and would put a second, empty "default" engine behind it.
 */
public final class ProcessTestEngine {

  private ProcessTestEngine() {
  }

  public static ProcessEngineExtension extension() {
    return ProcessEngineExtension.builder().configurationResource("process-test.camunda.cfg.xml").build();
  }
}

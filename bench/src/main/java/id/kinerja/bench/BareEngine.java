package id.kinerja.bench;

import java.io.FileInputStream;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;

/**
 * W1's baseline: a bare Camunda 7.24 engine (no Spring, no Kinerja listeners, tables or authorizations) on its own
 * database of the same PostgreSQL server, starting the same {@code processes/skp-planning.bpmn} N times from one
 * thread in transactions of {@code batch} starts, as Kinerja's cycle opener does (decision 8). History level FULL
 * as in Kinerja; the job executor is off (the model's timers are days ahead); the model's delegates are no-ops.
 *
 * <p>Usage: {@code BareEngine jdbcUrl user password bpmnFile instances batch}. Prints {@code baseline.*} lines.
 */
public final class BareEngine {

  private BareEngine() {
  }

  public static void main(String[] args) throws Exception {
    int instances = Integer.parseInt(args[4]);
    int batch = Integer.parseInt(args[5]);
    StandaloneProcessEngineConfiguration config = new StandaloneProcessEngineConfiguration();
    config.setJdbcUrl(args[0]);
    config.setJdbcUsername(args[1]);
    config.setJdbcPassword(args[2]);
    config.setJdbcDriver("org.postgresql.Driver");
    config.setDatabaseSchemaUpdate("true");
    config.setHistory("full");
    config.setJobExecutorActivate(false);
    config.setJdbcMaxActiveConnections(10);
    Map<Object, Object> beans = new HashMap<>();
    for (String name : new String[] {"skpDraftForm", "skpReviewForm", "skpReminder", "skpEscalation"}) {
      beans.put(name, new NoOp());
    }
    config.setBeans(beans);
    ProcessEngine engine = config.buildProcessEngine();
    try (InputStream model = new FileInputStream(args[3])) {
      engine.getRepositoryService().createDeployment().name("bench-baseline").enableDuplicateFiltering(true)
          .addInputStream("skp-planning.bpmn", model).deploy();
    }
    RuntimeService runtime = engine.getRuntimeService();
    long t0 = System.nanoTime();
    for (int from = 0; from < instances; from += batch) {
      int first = from;
      int last = Math.min(instances, from + batch);
      config.getCommandExecutorTxRequired().execute(context -> {
        for (int i = first; i < last; i++) {
          Map<String, Object> variables = new HashMap<>();
          variables.put("skpId", (long) i);
          variables.put("employee", Seed.username(i + 1));
          variables.put("revisi", 0);
          variables.put("pengingatPenyusunan", "P7D");
          variables.put("pengingatPeninjauan", "P5D");
          variables.put("batasEskalasi", "P21D");
          runtime.startProcessInstanceByKey("skp-planning", "skp-" + i, variables);
        }
        return null;
      });
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    System.out.println("baseline.instances=" + instances);
    System.out.printf("baseline.seconds=%.2f%n", seconds);
    System.out.printf("baseline.rate=%.1f%n", instances / seconds);
    engine.close();
  }

  /** Stands in for every delegate and listener the model names. */
  public static final class NoOp implements JavaDelegate, TaskListener, ExecutionListener {
    @Override
    public void execute(DelegateExecution execution) {
    }

    @Override
    public void notify(DelegateTask task) {
    }

    @Override
    public void notify(DelegateExecution execution) {
    }
  }
}

package id.kinerja.report;

import id.kinerja.common.ApiException;
import id.kinerja.engine.ModelCatalog;
import id.kinerja.security.KinerjaUser;
import org.springframework.stereotype.Service;

/**
 * The BPMN of a process's latest version, for the bottleneck page's heat view: for whoever reads dashboards (HR,
 * heads), who see the counts on it; the model itself holds no personal data. An unknown key is a 404.
 */
@Service
public class ProcessDiagrams {

  private final ReportScope scope;
  private final ModelCatalog models;

  ProcessDiagrams(ReportScope scope, ModelCatalog models) {
    this.scope = scope;
    this.models = models;
  }

  /** Process names by key, for the diagrams' captions. */
  public java.util.Map<String, String> names(KinerjaUser user) {
    scope.requireReader(user);
    return models.latestProcessNames();
  }

  public ModelCatalog.ProcessModel latest(KinerjaUser user, String processKey) {
    scope.requireReader(user);
    return models.latestProcessModel(processKey)
        .orElseThrow(() -> ApiException.notFound("dashboard.process-unknown", processKey));
  }
}

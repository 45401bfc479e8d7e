package id.kinerja.admin;

import id.kinerja.common.ApiException;
import id.kinerja.common.AuditTrail;
import id.kinerja.common.ValidationFailedException;
import id.kinerja.common.Violation;
import id.kinerja.security.KinerjaUser;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.batch.BatchStatistics;
import org.camunda.bpm.engine.batch.history.HistoricBatch;
import org.camunda.bpm.engine.management.ActivityStatistics;
import org.camunda.bpm.engine.migration.MigrationInstruction;
import org.camunda.bpm.engine.migration.MigrationInstructionValidationReport;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moving running instances from one version of a process to another with the engine's migration API (community
 * edition; decision 73): a generated plan (same activity ids are mapped, event triggers updated), a preview (how many
 * instances, which activities map, which do not and why, which instances stay because they wait in an unmapped
 * activity), and the migration as an engine batch of the instances that can move, with progress and failures.
 * Keeping instances on their version is the default: nothing moves without this call.
 */
@Service
public class ProcessMigrations {

  public static final int MAX_LISTED = 100;

  public record Mapping(String sourceActivityId, String targetActivityId, long waiting) {
  }

  public record Unmapped(String activityId, String name, String type, long waiting, String reason) {
  }

  public record StayingInstance(String id, String businessKey, List<String> activityIds) {
  }

  public record Preview(String processKey, int fromVersion, int toVersion, String sourceDefinitionId,
      String targetDefinitionId, long instances, long migratable, List<Mapping> mapped, List<Unmapped> unmapped,
      List<StayingInstance> staying) {
  }

  public record Failure(String jobId, String message) {
  }

  /** {@code finished}: every job of the batch ran (the engine removes the batch itself a little later). */
  public record Progress(String batchId, int total, int completed, int remaining, int failedJobs, boolean finished,
      List<Failure> failures) {
  }

  public record Started(String batchId, long instances, Preview preview) {
  }

  private record Plan(MigrationPlan plan, Preview preview, List<String> migratable) {
  }

  private final RepositoryService repository;
  private final RuntimeService runtime;
  private final ManagementService management;
  private final HistoryService history;
  private final AuditTrail audit;
  private final id.kinerja.common.Problems problems;
  private final RenamedVariables renamed;

  ProcessMigrations(RepositoryService repository, RuntimeService runtime, ManagementService management,
      HistoryService history, AuditTrail audit, id.kinerja.common.Problems problems, RenamedVariables renamed) {
    this.problems = problems;
    this.renamed = renamed;
    this.repository = repository;
    this.runtime = runtime;
    this.management = management;
    this.history = history;
    this.audit = audit;
  }

  @Transactional(readOnly = true)
  public Preview preview(String key, Integer from, Integer to, KinerjaUser user) {
    DeploymentGate.requireDeployer(user);
    return plan(key, from, to).preview();
  }

  @Transactional
  public Started migrate(String key, Integer from, Integer to, String reason, KinerjaUser user) {
    DeploymentGate.requireDeployer(user);
    if (reason == null || reason.isBlank()) {
      throw new ValidationFailedException("migration.invalid",
          List.of(Violation.of("reason", "deployment.reason-required")));
    }
    Plan plan = plan(key, from, to);
    if (plan.migratable().isEmpty()) {
      throw ApiException.conflict("migration.nothing", key, plan.preview().fromVersion());
    }
    int renamedIn = renamed.carryOver(key, plan.migratable(),
        plan.preview().toVersion() > plan.preview().fromVersion());
    Batch batch = runtime.newMigration(plan.plan()).processInstanceIds(plan.migratable()).executeAsync();
    audit.record(user.username(), "PROCESS_MIGRATION_STARTED", "batch", batch.getId(), reason.strip() + ": " + key
        + " v" + plan.preview().fromVersion() + " -> v" + plan.preview().toVersion() + ", " + plan.migratable().size()
        + " instances, " + plan.preview().staying().size() + " stay"
        + (renamedIn == 0 ? "" : ", renamed variables given to " + renamedIn));
    return new Started(batch.getId(), plan.migratable().size(), plan.preview());
  }

  @Transactional(readOnly = true)
  public Progress progress(String batchId, KinerjaUser user) {
    DeploymentGate.requireDeployer(user);
    Batch batch = management.createBatchQuery().batchId(batchId).singleResult();
    if (batch == null) {
      HistoricBatch done = history.createHistoricBatchQuery().batchId(batchId).singleResult();
      if (done == null) {
        throw ApiException.notFound("migration.batch-unknown", batchId);
      }
      return new Progress(batchId, done.getTotalJobs(), done.getTotalJobs(), 0, 0, done.getEndTime() != null,
          List.of());
    }
    BatchStatistics statistics = management.createBatchStatisticsQuery().batchId(batchId).singleResult();
    List<Failure> failures = new ArrayList<>();
    for (Job job : management.createJobQuery().jobDefinitionId(batch.getBatchJobDefinitionId()).withException()
        .listPage(0, MAX_LISTED)) {
      failures.add(new Failure(job.getId(), job.getExceptionMessage()));
    }
    return new Progress(batchId, statistics.getTotalJobs(), statistics.getCompletedJobs(),
        statistics.getRemainingJobs(), statistics.getFailedJobs(),
        statistics.getTotalJobs() > 0 && statistics.getRemainingJobs() == 0, failures);
  }

  private Plan plan(String key, Integer from, Integer to) {
    if (key == null || key.isBlank()) {
      throw new ValidationFailedException("migration.invalid",
          List.of(Violation.of("processKey", "migration.key-required")));
    }
    ProcessDefinition latest = repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion()
        .withoutTenantId().singleResult();
    if (latest == null) {
      throw ApiException.notFound("admin.version-unknown", key, to == null ? "-" : to);
    }
    int target = to == null ? latest.getVersion() : to;
    if (from == null || from == target) {
      throw new ValidationFailedException("migration.invalid",
          List.of(Violation.of("fromVersion", "migration.versions", from == null ? "-" : from, target)));
    }
    ProcessDefinition source = definition(key, from);
    ProcessDefinition targetDefinition = definition(key, target);
    List<Unmapped> unmapped = new ArrayList<>();
    Map<String, Long> waiting = new HashMap<>();
    for (ActivityStatistics statistics : management.createActivityStatisticsQuery(source.getId()).list()) {
      waiting.put(statistics.getId(), (long) statistics.getInstances());
    }
    MigrationPlan plan;
    try {
      plan = runtime.createMigrationPlan(source.getId(), targetDefinition.getId()).mapEqualActivities()
          .updateEventTriggers().build();
    } catch (MigrationPlanValidationException e) {
      Set<String> refused = new LinkedHashSet<>();
      for (MigrationInstructionValidationReport report : e.getValidationReport().getInstructionReports()) {
        refused.add(report.getMigrationInstruction().getSourceActivityId());
        unmapped.add(new Unmapped(report.getMigrationInstruction().getSourceActivityId(), null, null,
            waiting.getOrDefault(report.getMigrationInstruction().getSourceActivityId(), 0L),
            String.join("; ", report.getFailures())));
      }
      // the plan without the refused instructions: those activities count as unmapped
      var builder = runtime.createMigrationPlan(source.getId(), targetDefinition.getId());
      for (MigrationInstruction instruction : e.getValidationReport().getMigrationPlan().getInstructions()) {
        if (!refused.contains(instruction.getSourceActivityId())) {
          builder.mapActivities(instruction.getSourceActivityId(), instruction.getTargetActivityId());
        }
      }
      plan = builder.build();
    }
    List<Mapping> mapped = new ArrayList<>();
    Set<String> mappedIds = new LinkedHashSet<>();
    for (MigrationInstruction instruction : plan.getInstructions()) {
      mappedIds.add(instruction.getSourceActivityId());
      mapped.add(new Mapping(instruction.getSourceActivityId(), instruction.getTargetActivityId(),
          waiting.getOrDefault(instruction.getSourceActivityId(), 0L)));
    }
    BpmnModelInstance sourceModel = repository.getBpmnModelInstance(source.getId());
    BpmnModelInstance targetModel = repository.getBpmnModelInstance(targetDefinition.getId());
    Set<String> listed = new LinkedHashSet<>(unmapped.stream().map(Unmapped::activityId).toList());
    for (FlowNode node : sourceModel.getModelElementsByType(FlowNode.class)) {
      if (node instanceof Gateway || node instanceof StartEvent || node instanceof EndEvent
          || mappedIds.contains(node.getId()) || listed.contains(node.getId())) {
        continue;
      }
      FlowNode same = targetModel.getModelElementById(node.getId());
      if (same != null && same.getElementType().equals(node.getElementType())
          && waiting.getOrDefault(node.getId(), 0L) == 0) {
        // the same element, left out by the engine because no instance ever waits there (a synchronous step)
        continue;
      }
      java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
      String reason = same == null ? problems.message("migration.unmapped-missing", new Object[] {target}, locale)
          : problems.message("migration.unmapped-type", new Object[] {node.getElementType().getTypeName(),
              same.getElementType().getTypeName()}, locale);
      unmapped.add(new Unmapped(node.getId(), node.getName(), node.getElementType().getTypeName(),
          waiting.getOrDefault(node.getId(), 0L), reason));
    }
    List<String> migratable = new ArrayList<>();
    List<StayingInstance> staying = new ArrayList<>();
    long instances = 0;
    for (ProcessInstance instance : runtime.createProcessInstanceQuery().processDefinitionId(source.getId()).list()) {
      instances++;
      List<String> active = runtime.getActiveActivityIds(instance.getId());
      List<String> blocked = active.stream().filter(id -> !mappedIds.contains(id)).toList();
      if (blocked.isEmpty()) {
        migratable.add(instance.getId());
      } else if (staying.size() < MAX_LISTED) {
        staying.add(new StayingInstance(instance.getId(), instance.getBusinessKey(), blocked));
      }
    }
    Preview preview = new Preview(key, from, target, source.getId(), targetDefinition.getId(), instances,
        migratable.size(), mapped, unmapped, staying);
    return new Plan(plan, preview, migratable);
  }

  private ProcessDefinition definition(String key, int version) {
    ProcessDefinition definition = repository.createProcessDefinitionQuery().processDefinitionKey(key)
        .processDefinitionVersion(version).withoutTenantId().singleResult();
    if (definition == null) {
      throw ApiException.notFound("admin.version-unknown", key, version);
    }
    return definition;
  }
}

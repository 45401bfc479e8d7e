package id.kinerja.coaching.process;

import id.kinerja.coaching.CoachingService;
import id.kinerja.common.Refusals;
import id.kinerja.common.TaskActor;
import id.kinerja.evaluation.EvaluationService;
import id.kinerja.notification.TaskAssignment;
import id.kinerja.organization.UnitHead;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import id.kinerja.evaluation.EvaluationDeadlines;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Glue of {@code pembinaan-kinerja}: service tasks and task listeners, each over {@link CoachingService}. */
@Configuration(proxyBeanMethods = false)
class CoachingSteps {

  static final String PLAN = "SusunRencanaPembinaan";
  static final String SESSION = "CatatSesiPembinaan";
  static final String ACKNOWLEDGE = "KonfirmasiSesiPembinaan";

  @Bean
  JavaDelegate coachingSetup(CoachingService coaching) {
    return execution -> {
      Object evaluationId = execution.getVariable("evaluationId");
      long planId = coaching.setUp(number(execution, "skpId"),
          evaluationId == null ? null : ((Number) evaluationId).longValue(),
          (String) execution.getVariable("dimulaiOleh"));
      execution.setVariable("planId", planId);
      execution.setVariable("masaPembinaan", coaching.followUpPeriod());
      execution.setVariable("maksPutaran", coaching.maxRounds());
      execution.setVariable("putaran", 0);
    };
  }

  @Bean
  JavaDelegate coachingReevaluation(CoachingService coaching, EvaluationDeadlines deadlines) {
    return execution -> {
      long evaluationId = coaching.reEvaluation(number(execution, "planId"));
      execution.setVariable("evaluasiUlangId", evaluationId);
      // the re-evaluation's deadlines, from the same settings as every other evaluation
      execution.setVariable("batasKeberatan", deadlines.objectionTimer());
      execution.setVariable("batasUmpanBalik", deadlines.peerFeedbackTimer());
      execution.setVariable("putaran", ((Number) execution.getVariable("putaran")).intValue() + 1);
    };
  }

  @Bean
  JavaDelegate coachingOutcome(CoachingService coaching) {
    return execution -> execution.setVariable("membaik",
        coaching.improved(number(execution, "planId"), (String) execution.getVariable("predikat")));
  }

  @Bean
  TaskListener coachingForms(CoachingService coaching, EvaluationService evaluations, TaskAssignment assignment,
      TaskActor actor, Refusals refusals) {
    return task -> {
      long planId = ((Number) task.getVariable("planId")).longValue();
      String key = task.getTaskDefinitionKey();
      if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
        if (ACKNOWLEDGE.equals(key)) {
          assignment.toPersonOrHr(task, (String) task.getVariable("employee"), "coaching-task", task.getName());
        } else if (PLAN.equals(key) || SESSION.equals(key)) {
          UnitHead supervisor = evaluations.reportingLineOfSkp(((Number) task.getVariable("skpId")).longValue())
              .supervisor();
          assignment.toPersonOrHr(task, supervisor == null ? null : supervisor.username(), "coaching-task",
              task.getName());
        } else {
          assignment.toHr(task);
        }
        return;
      }
      String who = actor.of(task);
      refusals.run(() -> {
        switch (key) {
          case PLAN -> coaching.draftPlan(planId, text(task.getVariable("tujuan")), task.getVariable("tindakan"),
              text(task.getVariable("jadwal")), who);
          case SESSION -> coaching.recordSession(planId, text(task.getVariable("tanggalSesi")),
              text(task.getVariable("catatanSesi")), who);
          case ACKNOWLEDGE -> coaching.acknowledge(planId, text(task.getVariable("umpanBalikPegawai")),
              task.getVariable("kompetensi"), who);
          default -> coaching.followUp(planId, text(task.getVariable("tindakLanjut")),
              text(task.getVariable("alasanTindakLanjut")), who);
        }
      });
    };
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }

  private static long number(DelegateExecution execution, String name) {
    return ((Number) execution.getVariable(name)).longValue();
  }
}

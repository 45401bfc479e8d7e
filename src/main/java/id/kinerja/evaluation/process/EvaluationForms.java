package id.kinerja.evaluation.process;

import id.kinerja.common.FormJson;
import id.kinerja.common.Refusals;
import id.kinerja.common.TaskActor;
import id.kinerja.evaluation.AssessmentInput;
import id.kinerja.planning.CoreValue;
import id.kinerja.evaluation.EvaluationService;
import id.kinerja.evaluation.EvaluationVariables;
import id.kinerja.evaluation.EvaluationView;
import id.kinerja.evaluation.PeerFeedbackService;
import id.kinerja.evaluation.Predikat;
import id.kinerja.notification.Notifier;
import id.kinerja.notification.TaskAssignment;
import id.kinerja.organization.ReportingLine;
import id.kinerja.organization.UnitHead;
import id.kinerja.planning.SkpView;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * The user tasks of {@code evaluasi-kinerja}: "Evaluasi Diri" (employee), "Penilaian Kinerja" (supervisor, as
 * resolved now), "Persetujuan Akhir" (senior; the supervisor when there is no senior; HR when nobody),
 * "Penjelasan Pejabat Penilai" (the supervisor who rated), "Putuskan Keberatan" (the senior) and "Putuskan
 * Keberatan (Pengelola Kinerja)" (HR: no senior, or the senior's deadline passed; never the supervisor who rated).
 * Each completion goes through {@link EvaluationService}; a refusal keeps the task open.
 */
@Component("evaluationForms")
class EvaluationForms implements TaskListener {

  static final String SELF = EvaluationVariables.TASK_SELF;
  static final String ASSESSMENT = EvaluationVariables.TASK_ASSESSMENT;
  static final String APPROVAL = EvaluationVariables.TASK_APPROVAL;
  static final String EXPLANATION = EvaluationVariables.TASK_EXPLANATION;
  static final String OBJECTION = EvaluationVariables.TASK_OBJECTION;
  static final String OBJECTION_HR = EvaluationVariables.TASK_OBJECTION_HR;
  static final String NOMINATE = EvaluationVariables.TASK_NOMINATE;
  static final String PEER = EvaluationVariables.TASK_PEER;

  private final EvaluationService evaluations;
  private final Notifier notifier;
  private final TaskAssignment assignment;
  private final TaskActor actor;
  private final Refusals refusals;
  private final FormJson json;
  private final PeerFeedbackService peers;

  EvaluationForms(EvaluationService evaluations, Notifier notifier, TaskAssignment assignment, TaskActor actor, Refusals refusals,
      FormJson json, PeerFeedbackService peers) {
    this.peers = peers;
    this.evaluations = evaluations;
    this.notifier = notifier;
    this.assignment = assignment;
    this.actor = actor;
    this.refusals = refusals;
    this.json = json;
  }

  @Override
  public void notify(DelegateTask task) {
    long id = ((Number) task.getVariable(EvaluationVariables.EVALUATION_ID)).longValue();
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      create(task, id);
      return;
    }
    String who = actor.of(task);
    refusals.run(() -> {
      switch (task.getTaskDefinitionKey()) {
        case SELF -> evaluations.selfEvaluate(id, text(task, EvaluationVariables.FORM_SELF_EVALUATION), who);
        case NOMINATE -> peers.nominate(id, json.readList(task.getVariable(EvaluationVariables.FORM_PEERS), String[].class,
            "peer.unreadable"), who);
        case PEER -> {
          Map<CoreValue, String> values = new EnumMap<>(CoreValue.class);
          for (CoreValue value : CoreValue.values()) {
            values.put(value, text(task, value.field()));
          }
          peers.answer(id, (String) task.getVariable(EvaluationVariables.PEER), values, text(task, EvaluationVariables.FORM_PEER_COMMENT));
        }
        case ASSESSMENT -> {
          Map<CoreValue, String> values = new EnumMap<>(CoreValue.class);
          for (CoreValue value : CoreValue.values()) {
            values.put(value, text(task, value.field()));
          }
          Predikat predikat = evaluations.assess(id, new AssessmentInput(text(task, EvaluationVariables.FORM_WORK_RATING),
              text(task, EvaluationVariables.FORM_OVERRIDE_REASON), values, text(task, EvaluationVariables.FORM_BEHAVIOUR_RATING), text(task, EvaluationVariables.FORM_NOTES)), who);
          EvaluationSteps.setPredikat(task.getExecution(), predikat);
        }
        case APPROVAL -> {
          evaluations.finalDecision(id, text(task, EvaluationVariables.FORM_DECISION), text(task, EvaluationVariables.FORM_APPROVAL_NOTES), who);
          task.getExecution().setVariable(EvaluationVariables.FINAL_DECISION,
              text(task, EvaluationVariables.FORM_DECISION).trim().toUpperCase());
        }
        case EXPLANATION -> {
          evaluations.explainObjection(id, text(task, EvaluationVariables.FORM_EXPLANATION), who);
          // who decides: the senior as the tree stands now, else HR (never the supervisor who rated)
          task.getExecution().setVariable(EvaluationVariables.HAS_SENIOR,
              evaluations.reportingLine(id).senior() != null);
        }
        default -> {
          Predikat predikat = evaluations.decideObjection(id, text(task, EvaluationVariables.FORM_OBJECTION_DECISION),
              text(task, EvaluationVariables.FORM_NEW_WORK_RATING), text(task, EvaluationVariables.FORM_NEW_BEHAVIOUR_RATING), text(task, EvaluationVariables.FORM_OBJECTION_NOTES), who);
          EvaluationSteps.setPredikat(task.getExecution(), predikat);
        }
      }
    });
  }

  private void create(DelegateTask task, long id) {
    EvaluationView evaluation = evaluations.view(id);
    SkpView skp = evaluations.skpOf(evaluation.skpId());
    String summary = "Evaluasi " + evaluation.periodCode() + " — " + evaluation.employeeName() + " (NIP "
        + evaluation.employeeNip() + ")"
        + (evaluation.weightedCapaian() == null ? "" : "\nCapaian tertimbang: " + evaluation.weightedCapaian() + "%")
        + (evaluation.suggestedRating() == null ? "" : "\nSaran rating hasil kerja: " + evaluation.suggestedRating())
        + (evaluation.predikat() == null ? "" : "\nPredikat: " + evaluation.predikat());
    switch (task.getTaskDefinitionKey()) {
      case NOMINATE -> {
        task.setVariableLocal(EvaluationVariables.FORM_SUMMARY, summary);
        task.setVariableLocal(EvaluationVariables.FORM_PEER_CHOICES, SpinValues.jsonValue(json.write(peers.candidates(id))).create());
        task.setVariableLocal(EvaluationVariables.FORM_PEERS, SpinValues.jsonValue("[]").create());
        assign(task, evaluations.reportingLine(id).supervisor(), evaluation);
        return;
      }
      case PEER -> {
        // anonymous to the employee: the peer sees whom they rate, the employee later sees only counts
        task.setVariableLocal(EvaluationVariables.FORM_SUMMARY, "Umpan balik untuk " + evaluation.employeeName() + ", periode "
            + evaluation.periodCode());
        notifier.notify(task.getAssignee(), "evaluation-task", Notifier.taskPath(task.getId()), task.getName(),
            evaluation.employeeName(), evaluation.periodCode());
        return;
      }
      case ASSESSMENT -> task.setVariableLocal(EvaluationVariables.FORM_SUMMARY, summary + "\n\n" + peers.summary(id));
      default -> task.setVariableLocal(EvaluationVariables.FORM_SUMMARY, summary);
    }
    switch (task.getTaskDefinitionKey()) {
      case SELF -> {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (SkpView.RhkView rhk : skp.rhk()) {
          Map<String, Object> row = new LinkedHashMap<>();
          row.put("rhkId", String.valueOf(rhk.id()));
          row.put("rhk", rhk.text());
          rows.add(row);
        }
        task.setVariableLocal(EvaluationVariables.FORM_SELF_EVALUATION, SpinValues.jsonValue(json.write(rows)).create());
        task.setAssignee(skp.employeeUsername());
        notifier.notify(skp.employeeUsername(), "evaluation-self", Notifier.taskPath(task.getId()),
            evaluation.periodCode());
      }
      case ASSESSMENT -> {
        task.setVariableLocal(EvaluationVariables.FORM_EXPECTATIONS, expectationsText(skp));
        if (evaluation.suggestedRating() != null) {
          task.setVariableLocal(EvaluationVariables.FORM_WORK_RATING, evaluation.suggestedRating().name());
        }
        if (!evaluation.finalApproval().isEmpty()) {
          task.setVariableLocal(EvaluationVariables.FORM_RETURN_NOTES,
              evaluation.finalApproval().get(evaluation.finalApproval().size() - 1).notes());
        }
        assign(task, evaluations.reportingLine(id).supervisor(), evaluation);
      }
      case EXPLANATION -> {
        task.setVariableLocal(EvaluationVariables.FORM_OBJECTION_REASONS, evaluation.objectionReasons());
        // the supervisor who rated (HR when that person is unknown)
        assignment.toPersonOrHr(task, evaluation.assessedBy(), "evaluation-task", task.getName(),
            evaluation.employeeName(), evaluation.periodCode());
      }
      case OBJECTION, OBJECTION_HR -> {
        task.setVariableLocal(EvaluationVariables.FORM_OBJECTION_REASONS, evaluation.objectionReasons());
        task.setVariableLocal(EvaluationVariables.FORM_SUPERVISOR_EXPLANATION, evaluation.objectionExplanation());
        UnitHead senior = OBJECTION.equals(task.getTaskDefinitionKey()) ? evaluations.reportingLine(id).senior()
            : null;
        // no senior (or the senior's deadline passed): HR decides for the PPK
        assign(task, senior != null && !senior.username().equals(evaluation.assessedBy()) ? senior : null,
            evaluation);
      }
      default -> {
        ReportingLine line = evaluations.reportingLine(id);
        assign(task, line.senior() != null ? line.senior() : line.supervisor(), evaluation);
      }
    }
  }

  private void assign(DelegateTask task, UnitHead who, EvaluationView evaluation) {
    assignment.toPersonOrHr(task, who == null ? null : who.username(), "evaluation-task", task.getName(),
        evaluation.employeeName(), evaluation.periodCode());
  }


  /** The SKP's ekspektasi khusus pimpinan, one BerAKHLAK value a line, as the supervisor rates against them. */
  static String expectationsText(SkpView skp) {
    if (skp.expectations().isEmpty()) {
      return "Tidak ada ekspektasi khusus pimpinan pada SKP.";
    }
    StringBuilder text = new StringBuilder();
    skp.expectations().forEach((value, expectation) -> text.append(text.isEmpty() ? "" : "\n")
        .append(value.label()).append(": ").append(expectation));
    return text.toString();
  }

  private static String text(DelegateTask task, String name) {
    Object value = task.getVariable(name);
    return value == null ? null : value.toString();
  }

}

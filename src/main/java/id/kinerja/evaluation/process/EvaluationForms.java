package id.kinerja.evaluation.process;

import id.kinerja.common.FormJson;
import id.kinerja.common.Refusals;
import id.kinerja.common.TaskActor;
import id.kinerja.evaluation.AssessmentInput;
import id.kinerja.evaluation.CoreValue;
import id.kinerja.evaluation.EvaluationService;
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
 * resolved now), "Persetujuan Akhir" and "Putuskan Keberatan" (senior; the supervisor when there is no senior; HR
 * when nobody). Each completion goes through {@link EvaluationService}; a refusal keeps the task open.
 */
@Component("evaluationForms")
class EvaluationForms implements TaskListener {

  static final String SELF = "EvaluasiDiri";
  static final String ASSESSMENT = "PenilaianKinerja";
  static final String APPROVAL = "PersetujuanAkhir";
  static final String OBJECTION = "PutuskanKeberatan";
  static final String NOMINATE = "TunjukRekanKerja";
  static final String PEER = "UmpanBalikRekanKerja";

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
    long id = ((Number) task.getVariable("evaluationId")).longValue();
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      create(task, id);
      return;
    }
    String who = actor.of(task);
    refusals.run(() -> {
      switch (task.getTaskDefinitionKey()) {
        case SELF -> evaluations.selfEvaluate(id, text(task, "evaluasiDiri"), who);
        case NOMINATE -> peers.nominate(id, json.readList(task.getVariable("rekanKerja"), String[].class,
            "peer.unreadable"), who);
        case PEER -> {
          Map<CoreValue, String> values = new EnumMap<>(CoreValue.class);
          for (CoreValue value : CoreValue.values()) {
            values.put(value, text(task, value.field()));
          }
          peers.answer(id, (String) task.getVariable("rekan"), values, text(task, "komentar"));
        }
        case ASSESSMENT -> {
          Map<CoreValue, String> values = new EnumMap<>(CoreValue.class);
          for (CoreValue value : CoreValue.values()) {
            values.put(value, text(task, value.field()));
          }
          Predikat predikat = evaluations.assess(id, new AssessmentInput(text(task, "ratingHasilKerja"),
              text(task, "alasanPerubahan"), values, text(task, "ratingPerilakuKerja"), text(task, "catatan")), who);
          EvaluationSteps.setPredikat(task.getExecution(), predikat);
        }
        case APPROVAL -> {
          evaluations.finalDecision(id, text(task, "keputusan"), text(task, "catatanPersetujuan"), who);
          task.getExecution().setVariable("keputusanAkhir", text(task, "keputusan").trim().toUpperCase());
        }
        default -> {
          Predikat predikat = evaluations.decideObjection(id, text(task, "keputusanKeberatan"),
              text(task, "ratingHasilKerjaBaru"), text(task, "ratingPerilakuKerjaBaru"), text(task,
                  "catatanKeberatan"), who);
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
        task.setVariableLocal("ringkasan", summary);
        task.setVariableLocal("pilihanRekan", SpinValues.jsonValue(json.write(peers.candidates(id))).create());
        task.setVariableLocal("rekanKerja", SpinValues.jsonValue("[]").create());
        assign(task, evaluations.reportingLine(id).supervisor(), evaluation);
        return;
      }
      case PEER -> {
        // anonymous to the employee: the peer sees whom they rate, the employee later sees only counts
        task.setVariableLocal("ringkasan", "Umpan balik untuk " + evaluation.employeeName() + ", periode "
            + evaluation.periodCode());
        notifier.notify(task.getAssignee(), "evaluation-task", Notifier.taskPath(task.getId()), task.getName(),
            evaluation.employeeName(), evaluation.periodCode());
        return;
      }
      case ASSESSMENT -> task.setVariableLocal("ringkasan", summary + "\n\n" + peers.summary(id));
      default -> task.setVariableLocal("ringkasan", summary);
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
        task.setVariableLocal("evaluasiDiri", SpinValues.jsonValue(json.write(rows)).create());
        task.setAssignee(skp.employeeUsername());
        notifier.notify(skp.employeeUsername(), "evaluation-self", Notifier.taskPath(task.getId()),
            evaluation.periodCode());
      }
      case ASSESSMENT -> {
        if (evaluation.suggestedRating() != null) {
          task.setVariableLocal("ratingHasilKerja", evaluation.suggestedRating().name());
        }
        if (!evaluation.finalApproval().isEmpty()) {
          task.setVariableLocal("catatanPengembalian",
              evaluation.finalApproval().get(evaluation.finalApproval().size() - 1).notes());
        }
        assign(task, evaluations.reportingLine(id).supervisor(), evaluation);
      }
      default -> {
        ReportingLine line = evaluations.reportingLine(id);
        if (OBJECTION.equals(task.getTaskDefinitionKey())) {
          task.setVariableLocal("alasanKeberatan", evaluation.objectionReasons());
        }
        assign(task, line.senior() != null ? line.senior() : line.supervisor(), evaluation);
      }
    }
  }

  private void assign(DelegateTask task, UnitHead who, EvaluationView evaluation) {
    assignment.toPersonOrHr(task, who == null ? null : who.username(), "evaluation-task", task.getName(),
        evaluation.employeeName(), evaluation.periodCode());
  }


  private static String text(DelegateTask task, String name) {
    Object value = task.getVariable(name);
    return value == null ? null : value.toString();
  }

}

package id.kinerja.reward.process;

import id.kinerja.reward.RewardVariables;
import id.kinerja.common.FormJson;
import id.kinerja.common.Refusals;
import id.kinerja.common.TaskActor;
import id.kinerja.evaluation.EvaluationService;
import id.kinerja.notification.TaskAssignment;
import id.kinerja.organization.UnitHead;
import id.kinerja.reward.Reward;
import id.kinerja.reward.RewardService;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * The tasks of {@code penghargaan}: "Usulkan penghargaan" (the supervisor as resolved now) and "Putuskan usulan
 * penghargaan" (HR), both through {@link RewardService}.
 */
@Component("rewardForms")
class RewardForms implements TaskListener {

  static final String PROPOSE = RewardVariables.TASK_PROPOSE;

  private final RewardService rewards;
  private final EvaluationService evaluations;
  private final TaskAssignment assignment;
  private final TaskActor actor;
  private final Refusals refusals;
  private final FormJson json;

  RewardForms(RewardService rewards, EvaluationService evaluations, TaskAssignment assignment, TaskActor actor,
      Refusals refusals, FormJson json) {
    this.rewards = rewards;
    this.evaluations = evaluations;
    this.assignment = assignment;
    this.actor = actor;
    this.refusals = refusals;
    this.json = json;
  }

  @Override
  public void notify(DelegateTask task) {
    long id = ((Number) task.getVariable(RewardVariables.EVALUATION_ID)).longValue();
    boolean propose = PROPOSE.equals(task.getTaskDefinitionKey());
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      var evaluation = evaluations.view(id);
      task.setVariableLocal(RewardVariables.FORM_SUMMARY, evaluation.employeeName() + " (NIP " + evaluation.employeeNip()
          + ") — predikat " + evaluation.predikat() + ", evaluasi " + evaluation.periodCode());
      if (propose) {
        task.setVariableLocal(RewardVariables.FORM_PROPOSALS, SpinValues.jsonValue("[]").create());
        UnitHead supervisor = evaluations.reportingLine(id).supervisor();
        assignment.toPersonOrHr(task, supervisor == null ? null : supervisor.username(), "reward-propose",
            evaluation.employeeName());
      } else {
        task.setVariableLocal(RewardVariables.FORM_DECISIONS, SpinValues.jsonValue(json.write(rows(id))).create());
        assignment.toHr(task);
      }
      return;
    }
    String who = actor.of(task);
    refusals.run(() -> {
      if (propose) {
        int count = rewards.propose(id, json.readList(task.getVariable(RewardVariables.FORM_PROPOSALS), RewardService.Proposal[].class, "reward.unreadable"), who);
        task.getExecution().setVariable(RewardVariables.PROPOSED, count > 0);
      } else {
        rewards.decide(id, json.readList(task.getVariable(RewardVariables.FORM_DECISIONS), RewardService.Decision[].class,
            "reward.unreadable"), who);
      }
    });
  }

  private List<Map<String, Object>> rows(long evaluationId) {
    return rewards.of(evaluationId).stream().map((Reward r) -> {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("rewardId", String.valueOf(r.getId()));
      row.put("jenis", r.getType().name());
      row.put("jumlah", r.getAmount());
      row.put("alasan", r.getReason());
      return row;
    }).toList();
  }

}

package id.kinerja.planning.process;

import id.kinerja.common.FormJson;
import id.kinerja.common.Refusals;
import id.kinerja.common.TaskActor;
import id.kinerja.notification.Notifier;
import id.kinerja.planning.SkpDraft;
import id.kinerja.planning.SkpService;
import id.kinerja.planning.SkpVariables;
import id.kinerja.planning.SkpView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * "Susun SKP": on create, fills the form with the stored draft, the notes of the latest return and the
 * supervisor's RHK to link to; on complete, stores what the form sent and submits the SKP through
 * {@link SkpService} — the same methods {@code PUT /api/v1/skp/{id}} and {@code /submit} use. A refused
 * submission keeps the task open.
 */
@Component("skpDraftForm")
class SkpDraftForm implements TaskListener {

  private static final String PREFILLED = "rhkTersimpan";

  private final SkpService skps;
  private final Notifier notifier;
  private final FormJson json;
  private final TaskActor actor;
  private final Refusals refusals;

  SkpDraftForm(SkpService skps, Notifier notifier, FormJson json, TaskActor actor, Refusals refusals) {
    this.skps = skps;
    this.notifier = notifier;
    this.json = json;
    this.actor = actor;
    this.refusals = refusals;
  }

  @Override
  public void notify(DelegateTask task) {
    long skpId = ((Number) task.getVariable(SkpVariables.SKP_ID)).longValue();
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      prefill(task, skpId);
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      String who = actor.of(task);
      refusals.run(() -> {
        Object submitted = task.getVariableLocal(SkpVariables.FORM_RHK);
        // unchanged since prefill: the draft in our tables (maybe edited through the API meanwhile) stands
        if (submitted != null && !json.sameContent(task.getVariableLocal(PREFILLED), submitted)) {
          skps.replaceDraft(skpId, new SkpDraft(
              json.readList(submitted, SkpDraft.RhkDraft[].class, "skp.draft.unreadable")), who);
        }
        skps.submit(skpId, who);
      });
    }
  }

  private static final com.fasterxml.jackson.databind.ObjectMapper TREE = new com.fasterxml.jackson.databind.ObjectMapper();

  /** The form shows period targets in one text field ("10; 40; 70; 100"), which the draft reads back alike. */
  static String periodTargetsAsText(String rhkJson) {
    try {
      com.fasterxml.jackson.databind.JsonNode rhk = TREE.readTree(rhkJson);
      for (com.fasterxml.jackson.databind.JsonNode r : rhk) {
        for (com.fasterxml.jackson.databind.JsonNode indicator : r.path("indicators")) {
          com.fasterxml.jackson.databind.JsonNode targets = indicator.path("periodTargets");
          if (targets.isArray() && indicator instanceof com.fasterxml.jackson.databind.node.ObjectNode object) {
            List<String> values = new ArrayList<>();
            targets.forEach(t -> values.add(t.decimalValue().toPlainString()));
            object.put("periodTargets", String.join("; ", values));
          }
        }
      }
      return TREE.writeValueAsString(rhk);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private void prefill(DelegateTask task, long skpId) {
    SkpView skp = skps.view(skpId);
    String draft = periodTargetsAsText(json.write(skp.asDraft().rhk()));
    task.setVariableLocal(SkpVariables.FORM_RHK, SpinValues.jsonValue(draft).create());
    task.setVariableLocal(PREFILLED, SpinValues.jsonValue(draft).create());
    List<Map<String, Object>> options = new ArrayList<>();
    skps.supervisorRhkOptions(skpId).forEach((id, text) -> options.add(Map.of("value", String.valueOf(id),
        "label", text)));
    task.setVariableLocal(SkpVariables.FORM_SUPERVISOR_RHK_OPTIONS,
        SpinValues.jsonValue(json.write(options)).create());
    String notes = skp.reviews().isEmpty() ? null : skp.reviews().get(skp.reviews().size() - 1).notes();
    if (notes != null) {
      // only when there are notes: the form hides the field while the variable is absent
      task.setVariableLocal(SkpVariables.FORM_RETURN_NOTES, notes);
      notifier.notify(skp.employeeUsername(), "skp-returned", Notifier.taskPath(task.getId()), skp.year(), notes);
    } else {
      notifier.notify(skp.employeeUsername(), "skp-draft-task", Notifier.taskPath(task.getId()), skp.year());
    }
  }
}

package id.kinerja.evaluation.process;

import id.kinerja.common.FormJson;
import id.kinerja.common.Refusals;
import id.kinerja.common.TaskActor;
import id.kinerja.evaluation.OrganisationAssessment;
import id.kinerja.evaluation.OrganisationVariables;
import id.kinerja.notification.TaskAssignment;
import id.kinerja.organization.UnitHead;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Glue of {@code predikat-organisasi}: "Tetapkan predikat organisasi" (the organisation's head), "Periksa
 * kelengkapan dan kurva" (service) and "Kalibrasi predikat" (HR), each over {@link OrganisationAssessment}.
 */
@Configuration(proxyBeanMethods = false)
class OrganisationSteps {

  /** HR's calibration task of {@code predikat-organisasi} (its form is read differently). */
  static final String CALIBRATION = OrganisationVariables.TASK_CALIBRATE;

  @Bean
  TaskListener organisationForms(OrganisationAssessment organisations, TaskAssignment assignment, TaskActor actor,
      Refusals refusals, FormJson json) {
    return task -> {
      long id = ((Number) task.getVariable(OrganisationVariables.RATING_ID)).longValue();
      boolean calibration = CALIBRATION.equals(task.getTaskDefinitionKey());
      if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
        if (calibration) {
          task.setVariableLocal(OrganisationVariables.FORM_CALIBRATION,
              SpinValues.jsonValue(json.write(organisations.calibrationRows(id)))
              .create());
          assignment.toHr(task);
        } else {
          assignment.toPersonOrHr(task, organisations.headOf(id).map(UnitHead::username).orElse(null),
              "organisation-predikat");
        }
        return;
      }
      String who = actor.of(task);
      refusals.run(() -> {
        if (calibration) {
          organisations.calibrate(id, json.readList(task.getVariable(OrganisationVariables.FORM_CALIBRATION),
              OrganisationAssessment.Change[].class, "organisation.calibration-unreadable"), who);
        } else {
          Object number = task.getVariable(OrganisationVariables.FORM_DECREE_NUMBER);
          Object date = task.getVariable(OrganisationVariables.FORM_DECREE_DATE);
          organisations.setPredikat(id, String.valueOf(task.getVariable(OrganisationVariables.FORM_PREDIKAT)),
              number == null ? null : number.toString(), date == null ? null : date.toString(), who);
        }
      });
    };
  }

  @Bean
  JavaDelegate organisationCurveCheck(OrganisationAssessment organisations) {
    return (DelegateExecution execution) -> {
      long id = ((Number) execution.getVariable(OrganisationVariables.RATING_ID)).longValue();
      boolean complete = organisations.allAssessed(id);
      execution.setVariable(OrganisationVariables.COMPLETE, complete);
      execution.setVariable(OrganisationVariables.WITHIN_CURVE, complete && organisations.checkCurve(id));
    };
  }


}

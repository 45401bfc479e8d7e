package id.kinerja.evaluation.process;

import id.kinerja.common.FormJson;
import id.kinerja.common.Refusals;
import id.kinerja.common.TaskActor;
import id.kinerja.evaluation.OrganisationAssessment;
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
  static final String CALIBRATION = "KalibrasiPredikat";

  @Bean
  TaskListener organisationForms(OrganisationAssessment organisations, TaskAssignment assignment, TaskActor actor,
      Refusals refusals, FormJson json) {
    return task -> {
      long id = ((Number) task.getVariable("organisationRatingId")).longValue();
      boolean calibration = CALIBRATION.equals(task.getTaskDefinitionKey());
      if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
        if (calibration) {
          task.setVariableLocal("kalibrasi", SpinValues.jsonValue(json.write(organisations.calibrationRows(id)))
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
          organisations.calibrate(id, json.readList(task.getVariable("kalibrasi"),
              OrganisationAssessment.Change[].class, "organisation.calibration-unreadable"), who);
        } else {
          Object number = task.getVariable("nomorKeputusan");
          Object date = task.getVariable("tanggalKeputusan");
          organisations.setPredikat(id, String.valueOf(task.getVariable("predikatOrganisasi")),
              number == null ? null : number.toString(), date == null ? null : date.toString(), who);
        }
      });
    };
  }

  @Bean
  JavaDelegate organisationCurveCheck(OrganisationAssessment organisations) {
    return (DelegateExecution execution) -> {
      long id = ((Number) execution.getVariable("organisationRatingId")).longValue();
      boolean complete = organisations.allAssessed(id);
      execution.setVariable("lengkap", complete);
      execution.setVariable("dalamKurva", complete && organisations.checkCurve(id));
    };
  }


}

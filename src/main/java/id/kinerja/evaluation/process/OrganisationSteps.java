package id.kinerja.evaluation.process;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kinerja.common.ApiException;
import id.kinerja.common.Refusals;
import id.kinerja.common.TaskActor;
import id.kinerja.evaluation.OrganisationAssessment;
import id.kinerja.notification.Notifier;
import id.kinerja.organization.UnitHead;
import id.kinerja.security.Role;
import java.util.List;
import java.util.Optional;
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

  @Bean
  TaskListener organisationForms(OrganisationAssessment organisations, Notifier notifier, TaskActor actor,
      Refusals refusals, ObjectMapper json) {
    return task -> {
      long id = ((Number) task.getVariable("organisationRatingId")).longValue();
      boolean calibration = "KalibrasiPredikat".equals(task.getTaskDefinitionKey());
      if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
        if (calibration) {
          task.setVariableLocal("kalibrasi", SpinValues.jsonValue(write(json, organisations.calibrationRows(id)))
              .create());
          task.addCandidateGroup(Role.HR.groupId());
        } else {
          Optional<UnitHead> head = organisations.headOf(id);
          if (head.isPresent()) {
            task.setAssignee(head.get().username());
            notifier.notify(head.get().username(), "organisation-predikat", Notifier.taskPath(task.getId()));
          } else {
            task.addCandidateGroup(Role.HR.groupId());
          }
        }
        return;
      }
      String who = actor.of(task);
      refusals.run(() -> {
        if (calibration) {
          organisations.calibrate(id, changes(json, task.getVariable("kalibrasi")), who);
        } else {
          organisations.setPredikat(id, String.valueOf(task.getVariable("predikatOrganisasi")), who);
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

  private static List<OrganisationAssessment.Change> changes(ObjectMapper json, Object value) {
    if (value == null) {
      return List.of();
    }
    try {
      return List.of(json.readValue(value.toString(), OrganisationAssessment.Change[].class));
    } catch (JsonProcessingException e) {
      throw ApiException.badRequest("organisation.calibration-unreadable");
    }
  }

  private static String write(ObjectMapper json, Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

}

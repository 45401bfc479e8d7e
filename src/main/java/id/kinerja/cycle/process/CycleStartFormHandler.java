package id.kinerja.cycle.process;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.form.FormField;
import org.camunda.bpm.engine.form.StartFormData;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.el.StartProcessVariableScope;
import org.camunda.bpm.engine.impl.form.FormFieldImpl;
import org.camunda.bpm.engine.impl.form.StartFormDataImpl;
import org.camunda.bpm.engine.impl.form.handler.DefaultStartFormHandler;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * Start form handler of {@code pembukaan-periode} ({@code camunda:formHandlerClass} of its start event): the
 * Camunda Form as usual, plus two start-form variables, which the engine REST returns for
 * {@code GET /process-definition/{id}/form-variables} — this year ({@code tahun}) and the units to choose from
 * ({@code pilihanUnit}, the select's {@code valuesKey}), both from {@link CycleStartForm} (decision 87). They are
 * offered, not stored: submitting the form stores only what the form sends. Tasklist 7.24 asks for start-form
 * variables only with {@code webapp.WebappScriptFixes}.
 */
public class CycleStartFormHandler extends DefaultStartFormHandler {

  @Override
  public StartFormData createStartFormData(ProcessDefinitionEntity processDefinition) {
    StartFormDataImpl data = (StartFormDataImpl) super.createStartFormData(processDefinition);
    CycleStartForm form = (CycleStartForm) Context.getProcessEngineConfiguration().getExpressionManager()
        .createExpression("${cycleStartForm}").getValue(StartProcessVariableScope.getSharedInstance());
    List<FormField> fields = new ArrayList<>(data.getFormFields() == null ? List.of() : data.getFormFields());
    fields.add(field(CycleStartForm.YEAR, Variables.longValue(form.thisYear())));
    fields.add(field(CycleStartForm.UNIT_OPTIONS, SpinValues.jsonValue(form.unitOptions()).create()));
    data.setFormFields(fields);
    return data;
  }

  private static FormField field(String id, TypedValue value) {
    FormFieldImpl field = new FormFieldImpl();
    field.setId(id);
    field.setValue(value);
    return field;
  }
}

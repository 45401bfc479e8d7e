package id.kinerja.planning.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import id.kinerja.planning.SkpVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.junit.jupiter.api.Test;

/** "Tinjau SKP" reads its fields under the names of decision 110 and, when absent, under the former ones. */
class SkpReviewFieldsTest {

  private final DelegateTask task = mock(DelegateTask.class);
  private final DelegateExecution execution = mock(DelegateExecution.class);

  @Test
  void theNewNameIsRead() {
    when(task.getExecution()).thenReturn(execution);
    when(task.getVariable(SkpVariables.FORM_DECISION)).thenReturn("APPROVE");
    when(task.getVariable(SkpVariables.FORMER_FORM_DECISION)).thenReturn("RETURN");
    assertThat(SkpReviewForm.submitted(task, SkpVariables.FORM_DECISION, SkpVariables.FORMER_FORM_DECISION))
        .isEqualTo("APPROVE");
  }

  @Test
  void aTaskOrClientOfBeforeTheRenameIsReadUnderTheFormerNameAndNothingIsLeftOnTheProcess() {
    when(task.getExecution()).thenReturn(execution);
    when(task.getVariable(SkpVariables.FORMER_FORM_NOTES)).thenReturn("Target dinaikkan");
    assertThat(SkpReviewForm.submitted(task, SkpVariables.FORM_NOTES, SkpVariables.FORMER_FORM_NOTES))
        .isEqualTo("Target dinaikkan");
    verify(execution).removeVariable(SkpVariables.FORM_NOTES);
    verify(execution).removeVariable(SkpVariables.FORMER_FORM_NOTES);
  }

  @Test
  void nothingSubmittedIsNull() {
    when(task.getExecution()).thenReturn(execution);
    assertThat(SkpReviewForm.submitted(task, SkpVariables.FORM_DECISION, SkpVariables.FORMER_FORM_DECISION))
        .isNull();
  }
}

package id.kinerja.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EngineRestPolicyTest {

  @ParameterizedTest
  @CsvSource({
      "GET, /task", "POST, /task", "GET, /task/t1", "GET, /task/t1/form-variables", "GET, /task/t1/deployed-form",
      "POST, /task/t1/claim", "POST, /task/t1/unclaim", "POST, /task/t1/complete", "POST, /task/t1/submit-form",
      "POST, /task/t1/comment/create", "POST, /task/t1/localVariables", "PUT, /task/t1/localVariables/catatan",
      "DELETE, /task/t1/localVariables/catatan", "GET, /filter", "POST, /filter/f1/list", "GET, /filter/f1/count",
      "GET, /process-definition/p1/xml", "POST, /process-definition/key/pembukaan-periode/submit-form",
      "GET, /deployment/d1/resources/r1/data", "POST, /decision-definition/key/predikat-kinerja/evaluate",
      "GET, /process-instance/i1/activity-instances", "GET, /history/user-operation", "GET, /user/budi/profile",
      "PUT, /user/budi/credentials", "GET, /identity/groups", "GET, /authorization/check", "GET, /engine",
      "OPTIONS, /metrics"})
  void tasklistNeedsThese(String method, String path) {
    assertThat(EngineRestPolicy.allowsEveryone(method, path)).isTrue();
  }

  @ParameterizedTest
  @CsvSource({
      "POST, /task/t1/identity-links", "POST, /task/t1/identity-links/delete", "POST, /task/t1/variables",
      "PUT, /task/t1/variables/x", "DELETE, /task/t1/variables/x", "POST, /task/t1/variables/x/data",
      "PUT, /task/t1", "POST, /task/t1/assignee", "POST, /task/t1/delegate", "POST, /task/t1/bpmnError",
      "POST, /task/create", "GET, /metrics", "GET, /metrics/activity-instance/sum", "GET, /job-definition",
      "GET, /schema/log", "GET, /job", "GET, /incident", "GET, /batch", "GET, /external-task",
      "POST, /process-instance/i1/variables", "POST, /process-instance/delete", "DELETE, /process-instance/i1",
      "POST, /deployment/create", "GET, /deployment", "POST, /identity/verify", "POST, /user/create",
      "POST, /message", "POST, /signal", "GET, /telemetry/data", "GET, /", "GET, /unknown"})
  void butNotThese(String method, String path) {
    assertThat(EngineRestPolicy.allowsEveryone(method, path)).isFalse();
  }

  @Test
  void aWildcardIsOneSegmentOnly() {
    assertThat(EngineRestPolicy.allowsEveryone("POST", "/task/t1/complete/extra")).isFalse();
    assertThat(EngineRestPolicy.allowsEveryone("POST", "/process-definition/a/b/start")).isFalse();
  }
}

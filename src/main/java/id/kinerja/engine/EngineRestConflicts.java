package id.kinerja.engine;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code /engine-rest}: two people acting on one task at the same moment is a conflict (409), not a server error
 * (Camunda's REST API answers 500 for these). The body keeps Camunda's error format ({@code type}, {@code message})
 * that its clients and Tasklist read.
 */
@Configuration(proxyBeanMethods = false)
class EngineRestConflicts {

  @Bean
  ResourceConfigCustomizer engineRestConflictMappers() {
    return config -> config.register(AlreadyClaimed.class).register(ChangedConcurrently.class);
  }

  static Response conflict(RuntimeException e) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", e.getClass().getSimpleName());
    body.put("message", e.getMessage());
    body.put("code", 0);
    return Response.status(Response.Status.CONFLICT).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
  }

  /** Public: Jersey creates it. */
  public static class AlreadyClaimed implements ExceptionMapper<TaskAlreadyClaimedException> {
    @Override
    public Response toResponse(TaskAlreadyClaimedException e) {
      return conflict(e);
    }
  }

  /** Public: Jersey creates it. */
  public static class ChangedConcurrently implements ExceptionMapper<OptimisticLockingException> {
    @Override
    public Response toResponse(OptimisticLockingException e) {
      return conflict(e);
    }
  }
}

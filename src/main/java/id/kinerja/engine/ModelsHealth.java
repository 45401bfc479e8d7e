package id.kinerja.engine;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Part of the readiness probe ({@code /actuator/health/readiness}): DOWN until every model under
 * {@code processes/} is deployed.
 */
@Component("models")
class ModelsHealth implements HealthIndicator {

  private final ModelDeployment deployment;

  ModelsHealth(ModelDeployment deployment) {
    this.deployment = deployment;
  }

  @Override
  public Health health() {
    int models = deployment.modelsInPlace();
    return models > 0 ? Health.up().withDetail("models", models).build()
        : Health.down().withDetail("models", "not deployed yet").build();
  }
}

package id.kinerja.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Production ({@code postgres} profile) refuses to start with the secrets this repository publishes (decision 77):
 * the database password of the profile's default and docker-compose ({@code kinerja}) and Keycloak's development
 * client secrets. {@code KINERJA_ALLOW_DEVELOPMENT_SECRETS=true} lets the docker-compose demonstration and the
 * test suites start anyway. Demo users are not refused here: they exist only when asked for
 * ({@code KINERJA_DEMO_ENABLED=true}).
 */
@Component
@Profile("postgres")
class DevelopmentSecrets implements InitializingBean {

  static final String ALLOW = "kinerja.allow-development-secrets";

  /** Property → the published value. */
  private static final Map<String, String> PUBLISHED = Map.of(
      "spring.security.oauth2.client.registration.keycloak.client-secret", "kinerja-dev-secret",
      "plugin.identity.keycloak.client-secret", "kinerja-identity-dev-secret");
  private static final String PUBLISHED_DATABASE_PASSWORD = "kinerja";

  private final Environment environment;
  private final DataSource dataSource;

  DevelopmentSecrets(Environment environment, DataSource dataSource) {
    this.environment = environment;
    this.dataSource = dataSource;
  }

  @Override
  public void afterPropertiesSet() {
    List<String> found = found(environment, databasePassword());
    if (!found.isEmpty() && !environment.getProperty(ALLOW, Boolean.class, false)) {
      throw new IllegalStateException("Refusing to start in production with development secrets: "
          + String.join(", ", found) + ". Set them from the environment (README, production), or "
          + "KINERJA_ALLOW_DEVELOPMENT_SECRETS=true for a demonstration.");
    }
  }

  /** The settings that hold a published development secret. */
  static List<String> found(Environment environment, String databasePassword) {
    List<String> found = new ArrayList<>();
    if (PUBLISHED_DATABASE_PASSWORD.equals(databasePassword)) {
      found.add("the database password (KINERJA_DB_PASSWORD)");
    }
    PUBLISHED.forEach((property, value) -> {
      if (value.equals(environment.getProperty(property))) {
        found.add(property);
      }
    });
    return found;
  }

  /** The password the pool really uses (tests hand their own data source), else the configured one. */
  private String databasePassword() {
    if (dataSource instanceof com.zaxxer.hikari.HikariDataSource hikari) {
      return hikari.getPassword();
    }
    return environment.getProperty("spring.datasource.password");
  }
}

package id.kinerja.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class DevelopmentSecretsTest {

  @Test
  void theCompiledInDevelopmentSecretsAreRefusedInProduction() {
    MockEnvironment env = new MockEnvironment()
        .withProperty("spring.security.oauth2.client.registration.keycloak.client-secret", "kinerja-dev-secret")
        .withProperty("plugin.identity.keycloak.client-secret", "kinerja-identity-dev-secret");
    HikariDataSource pool = new HikariDataSource();
    pool.setPassword("kinerja");

    assertThatThrownBy(() -> new DevelopmentSecrets(env, pool).afterPropertiesSet())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("KINERJA_DB_PASSWORD")
        .hasMessageContaining("registration.keycloak.client-secret")
        .hasMessageContaining("plugin.identity.keycloak.client-secret")
        .hasMessageContaining("KINERJA_ALLOW_DEVELOPMENT_SECRETS");
  }

  @Test
  void ownSecretsStartAndADemonstrationMayAllowThePublishedOnes() {
    HikariDataSource own = new HikariDataSource();
    own.setPassword("s3cret-from-the-vault");
    MockEnvironment env = new MockEnvironment()
        .withProperty("spring.security.oauth2.client.registration.keycloak.client-secret", "from-keycloak");
    assertThatCode(() -> new DevelopmentSecrets(env, own).afterPropertiesSet()).doesNotThrowAnyException();
    assertThat(DevelopmentSecrets.found(env, "s3cret-from-the-vault")).isEmpty();

    HikariDataSource published = new HikariDataSource();
    published.setPassword("kinerja");
    MockEnvironment demo = new MockEnvironment().withProperty(DevelopmentSecrets.ALLOW, "true");
    assertThatCode(() -> new DevelopmentSecrets(demo, published).afterPropertiesSet()).doesNotThrowAnyException();
  }
}

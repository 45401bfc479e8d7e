package id.kinerja;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

/**
 * Issue 13, item 12: what application.yml turns on per profile, read as Spring Boot reads it (no beans started). The
 * HTTP side (404s, headers) is checked by PostgresStartupIT.
 */
class ProductionDefaultsTest {

  @Configuration(proxyBeanMethods = false)
  static class NothingElse {
  }

  @Test
  void thePostgresProfileHidesApiDocsSwaggerAndActuatorLinksUnlessAsked() {
    try (ConfigurableApplicationContext postgres = start(new String[] {"postgres"})) {
      assertThat(flag(postgres, "springdoc.api-docs.enabled")).isFalse();
      assertThat(flag(postgres, "springdoc.swagger-ui.enabled")).isFalse();
      assertThat(flag(postgres, "management.endpoints.web.discovery.enabled")).isFalse();
      assertThat(Binder.get(postgres.getEnvironment()).bind("management.endpoints.web.exposure.include",
          String[].class).get()).containsExactly("health");
    }
    try (ConfigurableApplicationContext asked = start(new String[] {"postgres"}, "kinerja.api-docs.enabled=true")) {
      assertThat(flag(asked, "springdoc.api-docs.enabled")).isTrue();
      assertThat(flag(asked, "springdoc.swagger-ui.enabled")).isTrue();
      assertThat(flag(asked, "management.endpoints.web.discovery.enabled")).isTrue();
    }
    try (ConfigurableApplicationContext embedded = start(new String[0])) {
      assertThat(flag(embedded, "springdoc.api-docs.enabled")).isTrue();
    }
  }

  @Test
  void thePostgresProfileHasNoDemoUsersAndRefusesDevelopmentSecretsUnlessAsked() {
    try (ConfigurableApplicationContext postgres = start(new String[] {"postgres"})) {
      assertThat(flag(postgres, "kinerja.demo.enabled")).isFalse();
      assertThat(flag(postgres, "kinerja.allow-development-secrets")).isFalse();
    }
    try (ConfigurableApplicationContext asked = start(new String[] {"postgres"}, "kinerja.demo.enabled=true")) {
      assertThat(flag(asked, "kinerja.demo.enabled")).isTrue();
    }
    try (ConfigurableApplicationContext embedded = start(new String[0])) {
      assertThat(flag(embedded, "kinerja.demo.enabled")).isTrue();
    }
  }

  @Test
  void secureCookiesAreOneSwitchAwayAndBehindAProxyTheForwardedHeadersCount() {
    try (ConfigurableApplicationContext plain = start(new String[] {"postgres"})) {
      assertThat(flag(plain, "server.servlet.session.cookie.secure")).isFalse();
      assertThat(plain.getEnvironment().getProperty("server.forward-headers-strategy")).isEqualTo("native");
    }
    try (ConfigurableApplicationContext tls = start(new String[] {"postgres"}, "kinerja.secure-cookies=true")) {
      assertThat(flag(tls, "server.servlet.session.cookie.secure")).isTrue();
    }
  }

  private static boolean flag(ConfigurableApplicationContext context, String name) {
    return Binder.get(context.getEnvironment()).bind(name, Boolean.class).orElseThrow(
        () -> new AssertionError(name + " is not set"));
  }

  /** @param properties as on the command line (they win over application.yml, as environment variables do) */
  private static ConfigurableApplicationContext start(String[] profiles, String... properties) {
    return new SpringApplicationBuilder(NothingElse.class).web(WebApplicationType.NONE).profiles(profiles)
        .logStartupInfo(false).run(java.util.Arrays.stream(properties).map(p -> "--" + p).toArray(String[]::new));
  }
}

package id.kinerja.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class KeycloakPropertiesTest {

  @Test
  void theInternalAddressDefaultsToThePublicOneAndTheIssuerIsThePublicRealmAddress() {
    KeycloakProperties keycloak = new KeycloakProperties("https://sso.lampungselatankab.go.id/", "", "kinerja",
        null, null).requireConfigured();

    assertThat(keycloak.issuer()).isEqualTo("https://sso.lampungselatankab.go.id/realms/kinerja");
    assertThat(keycloak.endpoint("certs"))
        .isEqualTo("https://sso.lampungselatankab.go.id/realms/kinerja/protocol/openid-connect/certs");
    assertThat(keycloak.apiAudience()).isEqualTo("kinerja-api");
    assertThat(keycloak.clockSkew()).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void theApplicationTalksToKeycloakOverTheInternalAddressWhenOneIsGiven() {
    KeycloakProperties keycloak = new KeycloakProperties("http://localhost:8180", "http://keycloak:8180", "kinerja",
        "kinerja-api", Duration.ofSeconds(5));

    assertThat(keycloak.issuer()).isEqualTo("http://localhost:8180/realms/kinerja");
    assertThat(keycloak.endpoint("logout"))
        .isEqualTo("http://keycloak:8180/realms/kinerja/protocol/openid-connect/logout");
  }

  @Test
  void theKeycloakProfileRefusesToStartWithoutAnAddress() {
    KeycloakProperties unset = new KeycloakProperties(null, null, "kinerja", null, null);

    assertThatThrownBy(unset::requireConfigured).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("kinerja.keycloak.url");
  }
}

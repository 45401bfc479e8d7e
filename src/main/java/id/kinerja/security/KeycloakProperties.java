package id.kinerja.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where Keycloak is (profile {@code keycloak}).
 *
 * @param url the address browsers use; the token issuer is {@code url/realms/realm}
 * @param internalUrl the address the application itself uses (token, keys, admin API); defaults to {@code url}
 * @param realm the realm, {@code kinerja}
 * @param apiAudience the audience every bearer token for {@code /api} and {@code /engine-rest} must carry
 * @param clockSkew tolerated clock difference when checking a token's expiry
 */
@ConfigurationProperties("kinerja.keycloak")
record KeycloakProperties(String url, String internalUrl, String realm, String apiAudience, Duration clockSkew) {

  KeycloakProperties {
    url = url == null ? "" : stripSlash(url);
    internalUrl = internalUrl == null || internalUrl.isBlank() ? url : stripSlash(internalUrl);
    apiAudience = apiAudience == null || apiAudience.isBlank() ? "kinerja-api" : apiAudience;
    clockSkew = clockSkew == null ? Duration.ofSeconds(30) : clockSkew;
  }

  /** Bound in every profile (property scan); only the keycloak profile needs it filled. */
  KeycloakProperties requireConfigured() {
    if (url.isBlank() || realm == null || realm.isBlank()) {
      throw new IllegalStateException("kinerja.keycloak.url and kinerja.keycloak.realm must be set (profile keycloak)");
    }
    return this;
  }

  String issuer() {
    return url + "/realms/" + realm;
  }

  /** An OpenID Connect endpoint of the realm, reached over the internal address. */
  String endpoint(String name) {
    return internalUrl + "/realms/" + realm + "/protocol/openid-connect/" + name;
  }

  private static String stripSlash(String value) {
    return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
  }
}

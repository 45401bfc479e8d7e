package id.kinerja.security;

import org.camunda.bpm.extension.keycloak.plugin.KeycloakIdentityProviderPlugin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Camunda's users and groups come from Keycloak (read-only) with the {@code keycloak} profile: the community plugin
 * camunda-platform-7-keycloak 7.23.0 (the newest on Maven Central; verified against engine 7.24.0 by KeycloakIT).
 * Usernames are Camunda user ids and group paths are group ids, so that {@code hr} is the same group in Keycloak,
 * in Camunda authorizations and in BPMN candidate groups. The plugin is unmaintained upstream: this class is the only
 * place that knows it.
 */
@Component
@Profile(KeycloakSecurityConfig.PROFILE)
@ConfigurationProperties(prefix = "plugin.identity.keycloak")
class KeycloakIdentityProvider extends KeycloakIdentityProviderPlugin {
}

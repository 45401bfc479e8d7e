package id.kinerja.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Logging out of Kinerja (our pages or the Camunda webapps' own logout button) also ends the Keycloak session:
 * the session's refresh token goes to Keycloak's logout endpoint over the back channel, so that the next visit asks
 * for the password again instead of silently signing the user back in. Runs before the HTTP session is dropped.
 */
class KeycloakSessionLogout implements LogoutHandler {

  private static final Logger log = LoggerFactory.getLogger(KeycloakSessionLogout.class);

  private final OAuth2AuthorizedClientRepository clients;
  private final KeycloakProperties keycloak;
  private final RestClient http;

  KeycloakSessionLogout(OAuth2AuthorizedClientRepository clients, KeycloakProperties keycloak,
      RestClient.Builder http) {
    this.clients = clients;
    this.keycloak = keycloak;
    this.http = http.build();
  }

  @Override
  public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
    if (!(authentication instanceof OAuth2AuthenticationToken token)) {
      return;
    }
    OAuth2AuthorizedClient client =
        clients.loadAuthorizedClient(token.getAuthorizedClientRegistrationId(), authentication, request);
    if (client == null || client.getRefreshToken() == null) {
      return;
    }
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("client_id", client.getClientRegistration().getClientId());
    form.add("client_secret", client.getClientRegistration().getClientSecret());
    form.add("refresh_token", client.getRefreshToken().getTokenValue());
    try {
      http.post().uri(keycloak.endpoint("logout")).contentType(MediaType.APPLICATION_FORM_URLENCODED)
          .body(form).retrieve().toBodilessEntity();
      clients.removeAuthorizedClient(token.getAuthorizedClientRegistrationId(), authentication, request, response);
    } catch (RestClientException e) {
      // the local session still ends; Keycloak's own idle timeout ends its session later
      log.warn("Keycloak session of {} could not be ended: {}", authentication.getName(), e.getMessage());
    }
  }
}

package id.kinerja.portal;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /app/masuk}: the login of the embedded default, the same user names and passwords as Tasklist (one login
 * serves both). With single sign-on (profile {@code keycloak}) it goes on to the identity provider's page.
 */
@Controller
class LoginPage {

  private final ObjectProvider<ClientRegistrationRepository> singleSignOn;

  LoginPage(ObjectProvider<ClientRegistrationRepository> singleSignOn) {
    this.singleSignOn = singleSignOn;
  }

  @GetMapping("/app/masuk")
  String show() {
    return singleSignOn.getIfAvailable() != null ? "redirect:/oauth2/authorization/keycloak" : "portal/masuk";
  }
}

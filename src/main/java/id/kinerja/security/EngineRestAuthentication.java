package id.kinerja.security;

import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;

/** Camunda's authentication filter in front of {@code /engine-rest}, so that engine authorizations apply. */
final class EngineRestAuthentication {

  private EngineRestAuthentication() {
  }

  /** @param provider how the caller is recognised (HTTP Basic, or a bearer token already checked by Spring) */
  static FilterRegistrationBean<ProcessEngineAuthenticationFilter> filter(
      Class<? extends AuthenticationProvider> provider) {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("camunda-engine-rest-auth");
    registration.addInitParameter("authentication-provider", provider.getName());
    registration.addUrlPatterns("/engine-rest/*");
    // after Spring Security's filter chain (whose bearer-token check it relies on with the keycloak profile)
    registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
    return registration;
  }
}

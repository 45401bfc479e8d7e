package id.kinerja.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.kinerja.common.Problems;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Embedded default security (every profile but {@code keycloak}, see {@link KeycloakSecurityConfig}).
 * {@code /api/**} and {@code /engine-rest/**}: stateless HTTP Basic against the engine's identity store, throttled
 * per user and client address ({@link LoginThrottle}); {@code /api/v1/public/**} is open (citizen survey). The
 * engine REST caller is then handed to Camunda's filter ({@link BasicEngineAuthentication}), so that engine
 * authorizations apply. The Camunda webapps keep their own form login (throttled by {@link WebappLoginThrottle})
 * and CSRF protection; the portal ({@code /app/**}, {@link PortalChain}) shares their session, so one login serves
 * both ({@link WebappSessionLogin}).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@Profile("!" + KeycloakSecurityConfig.PROFILE)
class EmbeddedSecurityConfig {

  @Bean
  ProblemResponses problemResponses(Problems problems, ObjectMapper json, LocaleResolver locales) {
    return new ProblemResponses(problems, json, locales, "Basic realm=\"Kinerja\", charset=\"UTF-8\"");
  }

  @Bean
  AuthenticationManager authenticationManager(IdentityService identityService, LoginThrottle throttle) {
    return new ProviderManager(new CamundaIdentityAuthenticationProvider(identityService, throttle));
  }

  @Bean
  @Order(1)
  SecurityFilterChain api(HttpSecurity http, AuthenticationManager authenticationManager,
      ProblemResponses problemResponses) throws Exception {
    return ApiChain.common(http, problemResponses)
        .authenticationManager(authenticationManager)
        .httpBasic(basic -> basic.authenticationEntryPoint(problemResponses))
        .build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain portal(HttpSecurity http, AuthenticationManager authenticationManager, ProcessEngine engine)
      throws Exception {
    WebappSessionLogin sessions = new WebappSessionLogin(engine);
    return PortalChain.common(http)
        .authenticationManager(authenticationManager)
        .addFilterAfter(sessions.fromWebappSession(), SecurityContextHolderFilter.class)
        .formLogin(form -> form
            .loginPage(PortalChain.LOGIN_PAGE)
            .loginProcessingUrl(PortalChain.LOGIN_PAGE)
            .successHandler(sessions.afterPortalLogin())
            .failureHandler((request, response, failure) -> response.sendRedirect(request.getContextPath()
                + PortalChain.LOGIN_PAGE + (failure instanceof LoginThrottledException ? "?tunggu" : "?gagal"))))
        .build();
  }

  @Bean
  @Order(3)
  SecurityFilterChain webapps(HttpSecurity http) throws Exception {
    // Camunda webapps and engine REST authenticate themselves (see class comment); public pages need no login.
    return http
        .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
        .csrf(csrf -> csrf.disable())
        .headers(SecurityHeaders.forPages())
        .build();
  }

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
    return EngineRestAuthentication.filter(BasicEngineAuthentication.class);
  }
}

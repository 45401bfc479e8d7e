package id.kinerja.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.kinerja.common.Problems;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Embedded default security (every profile but {@code keycloak}, see {@link KeycloakSecurityConfig}).
 * {@code /api/**}: stateless HTTP Basic against the engine's identity store; {@code /api/v1/public/**} is open (citizen survey). The Camunda webapps keep their own form login and CSRF
 * protection; the engine REST API under {@code /engine-rest} requires HTTP Basic through Camunda's own filter,
 * so that engine authorizations apply to the caller.
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
  AuthenticationManager authenticationManager(IdentityService identityService) {
    return new ProviderManager(new CamundaIdentityAuthenticationProvider(identityService));
  }

  @Bean
  @Order(1)
  SecurityFilterChain api(HttpSecurity http, AuthenticationManager authenticationManager,
      ProblemResponses problemResponses) throws Exception {
    return http
        .securityMatcher("/api/**")
        .authorizeHttpRequests(auth -> auth
            .requestMatchers("/api/v1/public/**").permitAll()
            .anyRequest().authenticated())
        .authenticationManager(authenticationManager)
        .httpBasic(basic -> basic.authenticationEntryPoint(problemResponses))
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(csrf -> csrf.disable())
        .exceptionHandling(e -> e.authenticationEntryPoint(problemResponses).accessDeniedHandler(problemResponses))
        .build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain webapps(HttpSecurity http) throws Exception {
    // Camunda webapps and engine REST authenticate themselves (see class comment); public pages need no login.
    return http
        .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
        .csrf(csrf -> csrf.disable())
        .headers(h -> h.frameOptions(f -> f.sameOrigin()))
        .build();
  }

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
    return EngineRestAuthentication.filter(HttpBasicAuthenticationProvider.class);
  }
}

package id.kinerja.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.kinerja.common.Problems;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Set;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.logout.HttpStatusReturningLogoutSuccessHandler;
import org.springframework.security.web.authentication.logout.DelegatingLogoutSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.authentication.logout.SimpleUrlLogoutSuccessHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.client.RestClient;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Single sign-on through Keycloak (profile {@code keycloak}).
 * <ul>
 *   <li>{@code /api/**} and {@code /engine-rest/**}: stateless bearer tokens issued by the realm, with the API
 *   audience, unexpired and signed by the realm's keys (else 401 problem details); the caller's groups become
 *   roles ({@link GroupAuthorities}) and, for the engine, Camunda groups ({@link BearerEngineAuthentication}).</li>
 *   <li>the Camunda webapps: OIDC login (authorization code) on Keycloak's page, handed to the webapps through
 *   Camunda's container-based authentication; Camunda authorizations then decide which app and data one sees.
 *   Logging out (the webapps' button or {@code POST /logout}) ends the Keycloak session too.</li>
 *   <li>the public pages (citizen survey, document verification) need no login.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@Profile(KeycloakSecurityConfig.PROFILE)
class KeycloakSecurityConfig {

  static final String PROFILE = "keycloak";
  private static final String USERNAME_CLAIM = "preferred_username";

  @Bean
  ProblemResponses problemResponses(Problems problems, ObjectMapper json, LocaleResolver locales) {
    return new ProblemResponses(problems, json, locales, "Bearer realm=\"kinerja\"");
  }

  /** Keys fetched lazily from the realm; issuer, audience and expiry (with the configured skew) are all checked. */
  @Bean
  JwtDecoder jwtDecoder(KeycloakProperties keycloak) {
    keycloak.requireConfigured();
    NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(keycloak.endpoint("certs")).build();
    decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
        new JwtTimestampValidator(keycloak.clockSkew()),
        new JwtIssuerValidator(keycloak.issuer()),
        audience(keycloak.apiAudience())));
    return decoder;
  }

  @Bean
  @Order(1)
  SecurityFilterChain api(HttpSecurity http, JwtDecoder decoder, ProblemResponses problemResponses)
      throws Exception {
    JwtAuthenticationConverter tokens = new JwtAuthenticationConverter();
    tokens.setPrincipalClaimName(USERNAME_CLAIM);
    tokens.setJwtGrantedAuthoritiesConverter(jwt -> GroupAuthorities.of(GroupAuthorities.groupIdsOf(jwt)));
    return ApiChain.common(http, problemResponses)
        .oauth2ResourceServer(rs -> rs
            .jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(tokens))
            .authenticationEntryPoint(problemResponses)
            .accessDeniedHandler(problemResponses))
        .build();
  }

  @Bean
  KeycloakSessionLogout keycloakSessionLogout(OAuth2AuthorizedClientRepository clients, KeycloakProperties keycloak,
      RestClient.Builder http) {
    return new KeycloakSessionLogout(clients, keycloak, http);
  }

  /** The portal: the Spring Security session the OIDC login (webapps chain) stores; anonymous → Keycloak's page. */
  @Bean
  @Order(2)
  SecurityFilterChain portal(HttpSecurity http, KeycloakSessionLogout keycloakLogout) throws Exception {
    return PortalChain.common(http)
        .logout(logout -> logout.addLogoutHandler(keycloakLogout))
        .exceptionHandling(e -> e.authenticationEntryPoint(
            new LoginUrlAuthenticationEntryPoint("/oauth2/authorization/keycloak")))
        .build();
  }

  @Bean
  @Order(3)
  SecurityFilterChain webapps(HttpSecurity http, KeycloakSessionLogout keycloakLogout) throws Exception {
    PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
    RequestMatcher camundaLogout = paths.matcher(HttpMethod.POST, "/camunda/api/admin/auth/user/*/logout");
    RequestMatcher pageLogout = paths.matcher(HttpMethod.POST, "/logout");
    LinkedHashMap<RequestMatcher, LogoutSuccessHandler> afterLogout = new LinkedHashMap<>();
    // the webapps call their logout endpoint with XHR and then show their own page: a plain 200 is what they expect
    afterLogout.put(camundaLogout, new HttpStatusReturningLogoutSuccessHandler(HttpStatus.OK));
    DelegatingLogoutSuccessHandler logoutSuccess = new DelegatingLogoutSuccessHandler(afterLogout);
    SimpleUrlLogoutSuccessHandler toHome = new SimpleUrlLogoutSuccessHandler();
    toHome.setDefaultTargetUrl("/");
    logoutSuccess.setDefaultLogoutSuccessHandler(toHome);
    return http
        .authorizeHttpRequests(auth -> auth
            .requestMatchers(paths.matcher("/camunda/**")).authenticated()
            .anyRequest().permitAll())
        .oauth2Login(login -> login.userInfoEndpoint(user -> user.userAuthoritiesMapper(rolesFromGroups())))
        .logout(logout -> logout
            .logoutRequestMatcher(new OrRequestMatcher(camundaLogout, pageLogout))
            .addLogoutHandler(keycloakLogout)
            .logoutSuccessHandler(logoutSuccess))
        // the webapps protect themselves against CSRF (X-XSRF-TOKEN); our public forms are stateless
        .csrf(csrf -> csrf.disable())
        .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(
            new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), paths.matcher("/camunda/api/**")))
        .headers(SecurityHeaders.forPages())
        .build();
  }

  /** Hands the Spring Security login to the Camunda webapps (user from the principal, groups from Keycloak). */
  @Bean
  FilterRegistrationBean<ContainerBasedAuthenticationFilter> webappSingleSignOn() {
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
    registration.setName("camunda-webapp-sso");
    registration.addInitParameter("authentication-provider", ContainerBasedAuthenticationProvider.class.getName());
    registration.addUrlPatterns("/camunda/app/*", "/camunda/api/*");
    registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
    return registration;
  }

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
    return EngineRestAuthentication.filter(BearerEngineAuthentication.class);
  }

  private static GrantedAuthoritiesMapper rolesFromGroups() {
    return authorities -> {
      Set<GrantedAuthority> mapped = new HashSet<>(authorities);
      for (GrantedAuthority authority : authorities) {
        if (authority instanceof OidcUserAuthority oidc) {
          mapped.addAll(GroupAuthorities.of(GroupAuthorities.groupIdsOf(oidc.getIdToken())));
        }
      }
      return mapped;
    };
  }

  private static OAuth2TokenValidator<Jwt> audience(String audience) {
    OAuth2Error wrongAudience = new OAuth2Error("invalid_token", "the token is not meant for " + audience, null);
    return jwt -> {
      Collection<String> audiences = jwt.getAudience();
      return audiences != null && audiences.contains(audience)
          ? OAuth2TokenValidatorResult.success()
          : OAuth2TokenValidatorResult.failure(wrongAudience);
    };
  }
}

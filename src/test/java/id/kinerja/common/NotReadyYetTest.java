package id.kinerja.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.kinerja.support.TestMessages;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.AvailabilityState;
import org.springframework.boot.availability.LivenessState;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

class NotReadyYetTest {

  private ReadinessState state = ReadinessState.REFUSING_TRAFFIC;

  private final NotReadyYet filter = new NotReadyYet(new ApplicationAvailability() {
    @Override
    public <S extends AvailabilityState> S getState(Class<S> type, S defaultState) {
      return type.cast(type == ReadinessState.class ? state : LivenessState.CORRECT);
    }

    @Override
    public <S extends AvailabilityState> S getState(Class<S> type) {
      return getState(type, null);
    }

    @Override
    public <S extends AvailabilityState> org.springframework.boot.availability.AvailabilityChangeEvent<S>
        getLastChangeEvent(Class<S> type) {
      return null;
    }
  }, new Problems(TestMessages.source()), locales(), new ObjectMapper());

  @Test
  void beforeReadinessTheApiAnswers503WithRetryAfterInIndonesian() throws Exception {
    MockHttpServletResponse response = run("/api/v1/cycles", null);

    assertThat(response.getStatus()).isEqualTo(503);
    assertThat(response.getHeader("Retry-After")).isEqualTo("5");
    assertThat(response.getContentType()).startsWith("application/problem+json");
    assertThat(response.getContentAsString()).contains("Kinerja sedang dimulai");
  }

  @Test
  void inEnglishOnRequest() throws Exception {
    assertThat(run("/engine-rest/task", "en").getContentAsString()).contains("starting up");
  }

  @Test
  void theProbesAreAlwaysAnsweredAndOnceReadyEverythingPasses() throws Exception {
    assertThat(run("/actuator/health/readiness", null).getStatus()).isEqualTo(200);
    state = ReadinessState.ACCEPTING_TRAFFIC;
    assertThat(run("/api/v1/cycles", null).getStatus()).isEqualTo(200);
  }

  private MockHttpServletResponse run(String path, String language) throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
    if (language != null) {
      request.addHeader("Accept-Language", language);
    }
    MockHttpServletResponse response = new MockHttpServletResponse();
    filter.doFilter(request, response, new MockFilterChain());
    return response;
  }

  private static AcceptHeaderLocaleResolver locales() {
    AcceptHeaderLocaleResolver resolver = new AcceptHeaderLocaleResolver();
    resolver.setDefaultLocale(Locale.forLanguageTag("id"));
    return resolver;
  }
}

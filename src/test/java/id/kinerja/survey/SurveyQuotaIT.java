package id.kinerja.survey;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The survey rate limit counts accepted posts only: a citizen who mistypes does not use up the quota. */
class SurveyQuotaIT extends PostgresIntegrationTest {

  private static final String POST = "/api/v1/public/surveys/DISDUKCAPIL-CAPIL-LAHIR";
  private static final String VALID = "{\"answers\":{\"U1\":4,\"U2\":4,\"U3\":4,\"U4\":4,\"U5\":4,\"U6\":4,\"U7\":4,"
      + "\"U8\":4,\"U9\":4}}";

  @Test
  void invalidPostsDoNotUseUpTheQuotaOfTheAddress() {
    String citizen = "198.51.100.77";
    for (int i = 0; i < 10; i++) {
      assertThat(post("{\"answers\":{\"U1\":9}}", citizen).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }
    for (int i = 0; i < 10; i++) {
      assertThat(post(VALID, citizen).getStatusCode()).as("valid post " + (i + 1)).isEqualTo(HttpStatus.CREATED);
    }
    ResponseEntity<String> over = post(VALID, citizen);
    assertThat(over.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
    assertProblemJson(over);
    assertThat(post(VALID, "198.51.100.78").getStatusCode()).as("another citizen").isEqualTo(HttpStatus.CREATED);
  }

  private ResponseEntity<String> post(String json, String from) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.set("X-Forwarded-For", from);
    return http.exchange(POST, HttpMethod.POST, new HttpEntity<>(json, headers), String.class);
  }
}

package id.kinerja.common;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kinerja.support.TestMessages;
import java.math.BigDecimal;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartException;

/** 4xx, not 500, for what the client caused (issue 13): races, broken uploads, refused JSON values. */
class ProblemDetailsAdviceTest {

  @RestController
  static class Failing {

    record Budget(@Bounded(DecimalBounds.MONEY) BigDecimal amount) {
    }

    @GetMapping("/camunda-race")
    void camundaRace() {
      throw new OptimisticLockingException("ENGINE-03005 Execution of 'UPDATE TaskEntity' failed");
    }

    @GetMapping("/jpa-race")
    void jpaRace() {
      throw new ObjectOptimisticLockingFailureException(Object.class, 1L);
    }

    @GetMapping("/wrapped-race")
    void wrappedRace() {
      throw new IllegalStateException("commit failed", new OptimisticLockingException("lost"));
    }

    @GetMapping("/truncated-multipart")
    void truncatedMultipart() {
      throw new MultipartException("Failed to parse multipart servlet request",
          new java.io.IOException("Stream ended unexpectedly"));
    }

    @PostMapping("/budget")
    void budget(@RequestBody Budget budget) {
      throw new AssertionError("must not be reached");
    }
  }

  private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new Failing())
      .setControllerAdvice(new ProblemDetailsAdvice(new Problems(TestMessages.source()), 100))
      .setMessageConverters(new MappingJackson2HttpMessageConverter(StrictJsonTest.strictMapper()))
      .build();

  @Test
  void theLoserOfARaceGets409InIndonesian() throws Exception {
    for (String path : new String[] {"/camunda-race", "/jpa-race", "/wrapped-race"}) {
      mvc.perform(get(path).header("Accept-Language", "id"))
          .andExpect(status().isConflict())
          .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
          .andExpect(jsonPath("$.detail").value(
              "Data ini baru saja diubah oleh permintaan lain; perubahan Anda tidak disimpan. Muat ulang lalu coba lagi."));
    }
    mvc.perform(get("/camunda-race").header("Accept-Language", "en"))
        .andExpect(jsonPath("$.title").value("Conflict"));
  }

  @Test
  void aTruncatedMultipartBodyIs400() throws Exception {
    mvc.perform(get("/truncated-multipart").header("Accept-Language", "id"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.type").value("https://kinerja.id/problems/multipart-invalid"));
  }

  @Test
  void aRefusedJsonValueIs400NamingTheField() throws Exception {
    mvc.perform(post("/budget").contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "id")
            .content("{\"amount\":1e999999999}"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.errors[0].field").value("amount"))
        .andExpect(jsonPath("$.errors[0].message").value(
            "Angka di luar batas: paling banyak 13 digit sebelum koma dan 2 digit di belakang koma."));
  }
}

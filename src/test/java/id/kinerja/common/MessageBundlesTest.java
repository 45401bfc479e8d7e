package id.kinerja.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** Every message exists in Bahasa Indonesia and in English. */
class MessageBundlesTest {

  @Test
  void indonesianAndEnglishBundlesHaveTheSameKeys() throws IOException {
    Properties id = load("messages_id.properties");
    Properties en = load("messages_en.properties");

    assertThat(id).isNotEmpty();
    assertThat(en.keySet()).containsExactlyInAnyOrderElementsOf(id.keySet());
  }

  private static Properties load(String name) throws IOException {
    Properties properties = new Properties();
    try (var reader = new InputStreamReader(new ClassPathResource(name).getInputStream(), StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    return properties;
  }
}

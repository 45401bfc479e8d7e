package id.kinerja.common;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.math.BigDecimal;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

/**
 * How Kinerja reads JSON (issue 13), for the API and for the form lists Tasklist submits alike: no coercion between
 * kinds (a number is no boolean, date or enum; a text is no number; 12.5 is no whole number), no lenient dates
 * (no epoch-day numbers), no null elements in lists or maps, nothing after the document, numbers of at most
 * {@link #MAX_NUMBER_CHARS} characters, every BigDecimal within its {@link DecimalBounds} and every text within
 * {@link TextLimits}. A refused value answers 400 naming its field ({@link JsonRefusals}).
 */
@Configuration(proxyBeanMethods = false)
class StrictJson {

  static final int MAX_NUMBER_CHARS = 64;
  static final int MAX_STRING_CHARS = 1_000_000;

  /**
   * The API's request bodies (Spring MVC only) refuse fields they do not know (issue 20): a misspelt field would
   * otherwise be dropped silently and the rest stored. Tasklist's form lists ({@link FormJson}) keep ignoring them
   * (their rows carry display columns).
   */
  @Bean
  org.springframework.http.converter.json.MappingJackson2HttpMessageConverter apiJson(
      com.fasterxml.jackson.databind.ObjectMapper json) {
    return new org.springframework.http.converter.json.MappingJackson2HttpMessageConverter(
        json.copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES));
  }

  @Bean
  Jackson2ObjectMapperBuilderCustomizer strictJsonParsing() {
    return StrictJson::apply;
  }

  static void apply(Jackson2ObjectMapperBuilder builder) {
    builder
        .featuresToDisable(MapperFeature.ALLOW_COERCION_OF_SCALARS, DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .featuresToEnable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
            DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .postConfigurer(StrictJson::configure);
  }

  private static void configure(ObjectMapper mapper) {
    mapper.setDefaultLeniency(false);
    mapper.setDefaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL));
    mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
        .maxNumberLength(MAX_NUMBER_CHARS).maxStringLength(MAX_STRING_CHARS).build());
    SimpleModule bounds = new SimpleModule("kinerja-input-bounds");
    bounds.addDeserializer(BigDecimal.class, new BoundedDecimalDeserializer(DecimalBounds.ANY));
    bounds.addDeserializer(String.class, new CleanTextDeserializer());
    mapper.registerModule(bounds);
  }
}

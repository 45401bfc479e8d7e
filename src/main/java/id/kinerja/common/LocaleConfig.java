package id.kinerja.common;

import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/**
 * Bahasa Indonesia by default, English on request ({@code Accept-Language: en}); one clock for domain time, in the
 * zone of {@code kinerja.time-zone}: every date and deadline of the domain is read from this clock and its zone.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfig {

  static final Locale INDONESIAN = Locale.forLanguageTag("id");

  @Bean
  LocaleResolver localeResolver() {
    AcceptHeaderLocaleResolver resolver = new AcceptHeaderLocaleResolver();
    resolver.setDefaultLocale(INDONESIAN);
    resolver.setSupportedLocales(List.of(INDONESIAN, Locale.ENGLISH));
    return resolver;
  }

}

package id.kinerja.support;

import org.springframework.context.support.ResourceBundleMessageSource;

/** The application's message bundles (messages*.properties) as spring.messages configures them, for unit tests. */
public final class TestMessages {

  private TestMessages() {
  }

  public static ResourceBundleMessageSource source() {
    ResourceBundleMessageSource source = new ResourceBundleMessageSource();
    source.setBasename("messages");
    source.setDefaultEncoding("UTF-8");
    source.setFallbackToSystemLocale(false);
    return source;
  }
}

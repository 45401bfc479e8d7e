package id.kinerja.webapp;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The portal page about the SKP or evaluation a process instance serves, read from its business key (processes/
 * README): {@code skp-{id}}, {@code dialog-{id}} and {@code pembinaan-skp-{id}-…} → the SKP's page,
 * {@code evaluasi-{id}} (also the reward process it calls) → the evaluation's page, {@code periode-{id}} (a cycle
 * opened in Tasklist) → HR's page of cycles at that cycle's opening progress; anything else → the home page.
 */
final class PortalPageOfInstance {

  static final String HOME = "/app/beranda";

  private static final Pattern SKP = Pattern.compile("(?:skp|dialog|pembinaan-skp)-(\\d{1,18})(?:-.*)?");
  private static final Pattern EVALUATION = Pattern.compile("evaluasi-(\\d{1,18})");
  private static final Pattern CYCLE = Pattern.compile("periode-(\\d{1,18})");

  private PortalPageOfInstance() {
  }

  static String of(String businessKey) {
    return page(SKP, businessKey, "/app/skp/").or(() -> page(EVALUATION, businessKey, "/app/evaluasi/"))
        .or(() -> page(CYCLE, businessKey, "/app/hr?periode="))
        .orElse(HOME);
  }

  private static Optional<String> page(Pattern pattern, String businessKey, String prefix) {
    if (businessKey == null) {
      return Optional.empty();
    }
    Matcher matcher = pattern.matcher(businessKey);
    return matcher.matches() ? Optional.of(prefix + Long.parseLong(matcher.group(1))) : Optional.empty();
  }
}

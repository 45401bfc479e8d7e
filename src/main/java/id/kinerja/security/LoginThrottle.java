package id.kinerja.security;

import id.kinerja.common.ApiException;
import id.kinerja.common.AuditTrail;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Slows down password guessing without letting a stranger lock anyone out (issue 13, decision 31): failures are
 * counted per user <b>and</b> client address; after a few, that pair alone is refused for a bounded, growing time
 * ({@link LoginBackoff}), so the right password from another address still works, and a success clears the pair.
 * Kept in the database, so that every node refuses the same pairs. Used by HTTP Basic ({@code /api},
 * {@code /engine-rest}) and the Camunda webapps' login form ({@link WebappLoginThrottle}).
 */
@Service
public class LoginThrottle {

  private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);
  private static final int MAX_USERNAME = 255;
  private static final int MAX_ADDRESS = 64;

  private final LoginThrottleEntries entries;
  private final LoginBackoff backoff;
  private final Clock clock;
  private final AuditTrail audit;
  private final TransactionTemplate ownTransaction;

  LoginThrottle(LoginThrottleEntries entries, LoginBackoff backoff, Clock clock, AuditTrail audit,
      PlatformTransactionManager transactions) {
    this.entries = entries;
    this.backoff = backoff;
    this.clock = clock;
    this.audit = audit;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** The state of this pair before its password is checked; a refused pair's password is not checked at all. */
  Check check(String username, String clientAddress) {
    Instant now = clock.instant();
    return ownTransaction.execute(status -> entries.findByUsernameAndClientAddress(key(username),
            address(clientAddress))
        .map(entry -> new Check(true, entry.refusedAt(now) ? Duration.between(now, entry.getBlockedUntil()) : null))
        .orElse(Check.CLEAN));
  }

  /**
   * @param hasFailures the pair has recent failures (a success then clears them)
   * @param refusedFor  how long the pair is still refused, or null
   */
  record Check(boolean hasFailures, Duration refusedFor) {
    static final Check CLEAN = new Check(false, null);

    boolean refused() {
      return refusedFor != null;
    }
  }

  /** A wrong password (or unknown user) for this pair. */
  void failed(String username, String clientAddress) {
    String user = key(username);
    String address = address(clientAddress);
    Instant now = clock.instant();
    for (int attempt = 1; ; attempt++) {
      try {
        LoginThrottleEntry entry = ownTransaction.execute(status -> {
          LoginThrottleEntry found = entries.lockByUsernameAndClientAddress(user, address)
              .orElseGet(() -> new LoginThrottleEntry(user, address));
          found.failed(now, backoff);
          return entries.save(found);
        });
        if (entry.getBlockedUntil() != null) {
          log.warn("Login of '{}' from {} refused until {} after {} failures", user, address,
              entry.getBlockedUntil(), entry.getFailures());
        }
        return;
      } catch (DataIntegrityViolationException concurrentFirstFailure) {
        if (attempt == 2) {
          throw concurrentFirstFailure;
        }
      }
    }
  }

  /** The right password: this pair starts again from zero. */
  void succeeded(String username, String clientAddress) {
    ownTransaction.executeWithoutResult(status -> entries.deleteByUsernameAndClientAddress(key(username),
        address(clientAddress)));
  }

  /** Failures not yet forgotten, by user and address. */
  @Transactional(readOnly = true)
  public List<ThrottledLogin> current() {
    Instant now = clock.instant();
    return entries.findByLastFailureAtAfterOrderByUsernameAscClientAddressAsc(now.minus(backoff.forgetAfter()))
        .stream()
        .map(e -> new ThrottledLogin(e.getUsername(), e.getClientAddress(), e.getFailures(), e.getLastFailureAt(),
            e.refusedAt(now) ? e.getBlockedUntil() : null))
        .toList();
  }

  /** HR lifts every throttle of a user (all addresses); recorded in the audit log. */
  @Transactional
  public List<ThrottledLogin> lift(String username, String actor) {
    String user = key(username);
    List<LoginThrottleEntry> found = entries.findByUsername(user);
    if (found.isEmpty()) {
      throw ApiException.notFound("login-throttle.not-found", user);
    }
    Instant now = clock.instant();
    List<ThrottledLogin> lifted = found.stream()
        .map(e -> new ThrottledLogin(e.getUsername(), e.getClientAddress(), e.getFailures(), e.getLastFailureAt(),
            e.refusedAt(now) ? e.getBlockedUntil() : null))
        .toList();
    entries.deleteByUsername(user);
    audit.record(actor, "LOGIN_THROTTLE_LIFTED", "USER", user, lifted.stream()
        .map(l -> l.clientAddress() + " (" + l.failures() + ")").collect(Collectors.joining(", ")));
    return lifted;
  }

  /** Keeps the table small: series older than the forget period (and no longer refused) are dropped. */
  @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
  @Transactional
  public void forgetOldFailures() {
    Instant now = clock.instant();
    int forgotten = entries.deleteForgotten(now.minus(backoff.forgetAfter()), now);
    if (forgotten > 0) {
      log.info("Forgot {} old failed-login series", forgotten);
    }
  }

  /** Login names compared case-insensitively (Keycloak's are), at most as long as the column. */
  static String key(String username) {
    String user = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    return user.length() > MAX_USERNAME ? user.substring(0, MAX_USERNAME) : user;
  }

  private static String address(String clientAddress) {
    String address = clientAddress == null || clientAddress.isBlank() ? "unknown" : clientAddress;
    return address.length() > MAX_ADDRESS ? address.substring(0, MAX_ADDRESS) : address;
  }

  /** One user and address with recent failures; {@code refusedUntil} is set while the pair is refused. */
  public record ThrottledLogin(String username, String clientAddress, int failures, Instant lastFailureAt,
      Instant refusedUntil) {
  }
}

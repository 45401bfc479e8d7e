package id.kinerja.security;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface LoginThrottleEntries extends Repository<LoginThrottleEntry, Long> {

  LoginThrottleEntry save(LoginThrottleEntry entry);

  Optional<LoginThrottleEntry> findByUsernameAndClientAddress(String username, String clientAddress);

  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select e from LoginThrottleEntry e where e.username = ?1 and e.clientAddress = ?2")
  Optional<LoginThrottleEntry> lockByUsernameAndClientAddress(String username, String clientAddress);

  List<LoginThrottleEntry> findByLastFailureAtAfterOrderByUsernameAscClientAddressAsc(Instant since);

  List<LoginThrottleEntry> findByUsername(String username);

  @Modifying
  @Query("delete from LoginThrottleEntry e where e.username = ?1 and e.clientAddress = ?2")
  int deleteByUsernameAndClientAddress(String username, String clientAddress);

  @Modifying
  @Query("delete from LoginThrottleEntry e where e.username = ?1")
  int deleteByUsername(String username);

  @Modifying
  @Query("delete from LoginThrottleEntry e where e.lastFailureAt < ?1 and (e.blockedUntil is null or e.blockedUntil < ?2)")
  int deleteForgotten(Instant lastFailureBefore, Instant now);
}

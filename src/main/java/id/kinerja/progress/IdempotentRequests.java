package id.kinerja.progress;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface IdempotentRequests extends JpaRepository<IdempotentRequest, Long> {

  Optional<IdempotentRequest> findByUsernameAndKey(String username, String key);
}

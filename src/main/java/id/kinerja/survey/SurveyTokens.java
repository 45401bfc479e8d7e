package id.kinerja.survey;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;

interface SurveyTokens extends JpaRepository<SurveyToken, Long> {

  @Lock(LockModeType.PESSIMISTIC_WRITE)
  Optional<SurveyToken> findByToken(String token);
}

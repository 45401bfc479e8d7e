package id.kinerja.survey;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SurveyPeriods extends JpaRepository<SurveyPeriod, Long> {

  Optional<SurveyPeriod> findByUnitIdAndFromAndTo(Long unitId, LocalDate from, LocalDate to);
}

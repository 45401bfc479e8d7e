package id.kinerja.cycle;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface OpeningFailures extends JpaRepository<OpeningFailure, Long> {

  Optional<OpeningFailure> findByCycleIdAndKindAndPeriodCodeAndSubjectId(long cycleId, OpeningKind kind,
      String periodCode, long subjectId);

  List<OpeningFailure> findByCycleIdOrderByIdAsc(long cycleId);

  List<OpeningFailure> findTop100ByCycleIdOrderByIdAsc(long cycleId);

  long countByCycleId(long cycleId);

  boolean existsByCycleIdAndKindAndPeriodCode(long cycleId, OpeningKind kind, String periodCode);

  @Modifying
  @Query("delete from OpeningFailure f where f.cycleId = :cycleId and f.kind = :kind and f.periodCode = :period"
      + " and f.subjectId in :subjects")
  int deleteSubjects(long cycleId, OpeningKind kind, String period, Collection<Long> subjects);
}

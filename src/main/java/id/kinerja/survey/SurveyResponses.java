package id.kinerja.survey;

import java.time.LocalDate;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SurveyResponses extends JpaRepository<SurveyResponse, Long> {

  /** [count, sum u1, …, sum u9] of a unit's responses in a date range (both ends inclusive), in one query. */
  @Query("""
      select count(r), coalesce(sum(r.u1), 0), coalesce(sum(r.u2), 0), coalesce(sum(r.u3), 0), coalesce(sum(r.u4), 0),
             coalesce(sum(r.u5), 0), coalesce(sum(r.u6), 0), coalesce(sum(r.u7), 0), coalesce(sum(r.u8), 0),
             coalesce(sum(r.u9), 0)
      from SurveyResponse r where r.unit.id = :unitId and r.submittedOn between :from and :to""")
  Object[] totals(Long unitId, LocalDate from, LocalDate to);

  long countByUnitId(Long unitId);
}

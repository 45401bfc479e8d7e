package id.kinerja.organization;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ActingHeads extends JpaRepository<ActingHead, Long> {

  /** The acting heads valid on a day, as chart entries (the acting employee must be active). */
  @Query("""
      select new id.kinerja.organization.UnitHead(a.unit.id, e.id, e.nip, e.name, e.username, a.kind)
      from ActingHead a join a.employee e
      where a.from <= :day and a.to >= :day and e.active = true
      order by a.id""")
  List<UnitHead> findValidOn(LocalDate day);

  @Query("select a from ActingHead a join fetch a.employee where a.unit.id = :unitId order by a.from desc, a.id desc")
  List<ActingHead> findByUnit(long unitId);

  @Query("select count(a) > 0 from ActingHead a where a.unit.id = :unitId and a.from <= :to and a.to >= :from")
  boolean overlaps(long unitId, LocalDate from, LocalDate to);

  /** Units whose acting head began on a day in (since, day] or ended on a day in [since, day). */
  @Query("""
      select distinct a.unit.id from ActingHead a
      where (a.from > :since and a.from <= :day) or (a.to >= :since and a.to < :day)""")
  List<Long> findUnitIdsChangedBetween(LocalDate since, LocalDate day);

  /** The appointments valid today or later, across all units (HR's page). */
  @Query("""
      select a from ActingHead a join fetch a.employee join fetch a.unit
      where a.to >= :day order by a.from, a.id""")
  List<ActingHead> findCurrentAndComing(LocalDate day);
}

package id.kinerja.survey;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Complaints extends JpaRepository<Complaint, Long> {

  @EntityGraph(attributePaths = "unit")
  @Query("select c from Complaint c where c.id = :id")
  Optional<Complaint> findWithUnit(Long id);

  List<Complaint> findByResponseId(Long responseId);
}

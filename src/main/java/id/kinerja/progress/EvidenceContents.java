package id.kinerja.progress;

import org.springframework.data.jpa.repository.JpaRepository;

public interface EvidenceContents extends JpaRepository<EvidenceContent, Long> {
}

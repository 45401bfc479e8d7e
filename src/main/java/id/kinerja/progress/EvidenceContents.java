package id.kinerja.progress;

import org.springframework.data.jpa.repository.JpaRepository;

interface EvidenceContents extends JpaRepository<EvidenceContent, Long> {
}

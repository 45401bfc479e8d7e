package id.kinerja.common;

import java.util.List;
import org.springframework.data.repository.Repository;

/** Read and append access to the audit log; there is deliberately no update or delete. */
public interface AuditLog extends Repository<AuditEntry, Long> {

  AuditEntry save(AuditEntry entry);

  List<AuditEntry> findBySubjectTypeAndSubjectIdOrderByOccurredAtAsc(String subjectType, String subjectId);

  List<AuditEntry> findByActionOrderByOccurredAtDesc(String action);
}

package id.kinerja.organization;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import org.springframework.stereotype.Component;

/**
 * JPA listener of the entities the organisation chart is built from: any insert, update or delete through them
 * announces an organisation change (decision 105), whoever writes — imports, acting heads, corrections, HR's edits,
 * the demo data, tests. Writers that bypass the entities (SQL, bulk JPQL) call {@link OrganizationChanges#changed()}.
 */
@Component
class OrganizationWrites {

  private final OrganizationChanges changes;

  OrganizationWrites(OrganizationChanges changes) {
    this.changes = changes;
  }

  @PostPersist
  @PostUpdate
  @PostRemove
  void written(Object entity) {
    changes.changed();
  }
}

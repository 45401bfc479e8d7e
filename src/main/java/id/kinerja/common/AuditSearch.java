package id.kinerja.common;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the audit log by any combination of filters, newest first, one page at a time. */
@Service
public class AuditSearch {

  /** Filters of one search; null means "any". {@code from} inclusive, {@code to} exclusive. */
  public record Filter(String action, String subjectType, String subjectId, String actor, Instant from,
      Instant to) {
  }

  public record Found(List<AuditEntry> entries, long total) {
  }

  private final EntityManager entities;

  AuditSearch(EntityManager entities) {
    this.entities = entities;
  }

  @Transactional(readOnly = true)
  public Found search(Filter filter, int page, int size) {
    CriteriaBuilder cb = entities.getCriteriaBuilder();
    CriteriaQuery<AuditEntry> query = cb.createQuery(AuditEntry.class);
    Root<AuditEntry> entry = query.from(AuditEntry.class);
    query.where(conditions(cb, entry, filter)).orderBy(cb.desc(entry.get("occurredAt")), cb.desc(entry.get("id")));
    List<AuditEntry> entries = entities.createQuery(query).setFirstResult(page * size).setMaxResults(size)
        .getResultList();
    CriteriaQuery<Long> count = cb.createQuery(Long.class);
    Root<AuditEntry> counted = count.from(AuditEntry.class);
    count.select(cb.count(counted)).where(conditions(cb, counted, filter));
    return new Found(entries, entities.createQuery(count).getSingleResult());
  }

  private static Predicate[] conditions(CriteriaBuilder cb, Root<AuditEntry> entry, Filter filter) {
    List<Predicate> where = new ArrayList<>();
    equal(cb, entry, "action", filter.action(), where);
    equal(cb, entry, "subjectType", filter.subjectType(), where);
    equal(cb, entry, "subjectId", filter.subjectId(), where);
    equal(cb, entry, "actor", filter.actor(), where);
    if (filter.from() != null) {
      where.add(cb.greaterThanOrEqualTo(entry.get("occurredAt"), filter.from()));
    }
    if (filter.to() != null) {
      where.add(cb.lessThan(entry.get("occurredAt"), filter.to()));
    }
    return where.toArray(Predicate[]::new);
  }

  private static void equal(CriteriaBuilder cb, Root<AuditEntry> entry, String field, String value,
      List<Predicate> where) {
    if (value != null) {
      where.add(cb.equal(entry.get(field), value));
    }
  }
}

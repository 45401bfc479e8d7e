package id.kinerja.organization;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * Collects what an import does, record by record, from snapshots before and after the row is applied. A dry run
 * applies everything like the real import — the same checks, the same database constraints — and rolls back.
 */
final class ImportPlan {

  private final boolean dryRun;
  private final List<String> added = new ArrayList<>();
  private final List<ImportResult.Change> changed = new ArrayList<>();
  private int unchanged;

  ImportPlan(boolean dryRun) {
    this.dryRun = dryRun;
  }

  boolean dryRun() {
    return dryRun;
  }

  void added(String key) {
    added.add(key);
  }

  void compare(String key, Map<String, String> before, Map<String, String> after) {
    List<ImportResult.FieldChange> fields = new ArrayList<>();
    after.forEach((field, value) -> {
      if (!Objects.equals(before.get(field), value)) {
        fields.add(new ImportResult.FieldChange(field, before.get(field), value));
      }
    });
    if (fields.isEmpty()) {
      unchanged++;
    } else {
      changed.add(new ImportResult.Change(key, fields));
    }
  }

  /** The result; for a dry run the surrounding transaction is marked to roll back. */
  ImportResult result(int rows, List<String> missing) {
    if (dryRun) {
      TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
    }
    return new ImportResult(rows, added.size(), changed.size(), unchanged, dryRun, List.copyOf(added),
        List.copyOf(changed), missing);
  }

  /**
   * The import's audit: one entry for the whole file and one per changed record naming every field before and
   * after, so that a move (another unit or position) or a correction is found by the record's key.
   */
  void audit(id.kinerja.common.AuditTrail audit, String actor, String action, String subjectType, int rows) {
    audit.record(actor, action, subjectType, null, summary(rows));
    for (ImportResult.Change change : changed) {
      String details = change.fields().stream()
          .map(f -> f.field() + ": " + f.from() + " -> " + f.to())
          .collect(java.util.stream.Collectors.joining("; "));
      audit.record(actor, action.replace("S_IMPORTED", "_CHANGED"), subjectType, change.key(),
          details.length() > 4000 ? details.substring(0, 3997) + "..." : details);
    }
  }

  String summary(int rows) {
    return "rows=" + rows + ", created=" + added.size() + ", updated=" + changed.size() + ", unchanged=" + unchanged;
  }
}

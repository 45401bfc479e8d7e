package id.kinerja.organization;

import java.util.List;

/**
 * The outcome — or with {@code dryRun} the plan — of an import: how many rows create, change or leave a record as
 * it is, the keys added, the changes field by field (columns named as in the file), and for a full employee file
 * ({@code mode=full}) the active employees of the file's Pemda that the file does not list.
 */
public record ImportResult(int rows, int created, int updated, int unchanged, boolean dryRun, List<String> added,
    List<Change> changed, List<String> missing) {

  public record Change(String key, List<FieldChange> fields) {
  }

  public record FieldChange(String field, String from, String to) {
  }
}

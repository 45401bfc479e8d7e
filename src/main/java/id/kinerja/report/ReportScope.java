package id.kinerja.report;

import id.kinerja.common.ApiException;
import id.kinerja.organization.OrgUnit;
import id.kinerja.organization.UnitScopes;
import id.kinerja.security.KinerjaUser;
import id.kinerja.security.Role;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Who may see which units in reports and dashboards (the one place of that rule): HR everything; a head (anyone
 * holding a head post) the units they lead with everything below; anyone else nothing (403). A unit outside the
 * caller's scope is refused with 403, never shown filtered.
 */
@Component
public class ReportScope {

  private final UnitScopes scopes;

  ReportScope(UnitScopes scopes) {
    this.scopes = scopes;
  }

  /** The units the caller may see; {@code null} for HR (every unit). Refuses callers who lead nothing. */
  public Set<Long> visibleUnits(KinerjaUser user) {
    UnitScopes.Scope scope = scopes.of(user);
    if (scope.isEmpty()) {
      throw ApiException.forbidden("report.forbidden");
    }
    return scope.all() ? null : scope.unitIds();
  }

  /** Refuses callers who may see no report at all (before their parameters are looked at). */
  public void requireReader(KinerjaUser user) {
    visibleUnits(user);
  }

  /** Only HR (the yearly review of the method is the Pemda's, not one organisation's). */
  public void requireHr(KinerjaUser user) {
    if (!user.has(Role.HR)) {
      throw ApiException.forbidden("report.hr-only");
    }
  }

  /** A unit (by code) with everything below it, if the caller may see it: unknown → 400, outside → 403. */
  public Target unit(KinerjaUser user, String code, String parameter) {
    Set<Long> visible = visibleUnits(user);
    if (code == null || code.isBlank()) {
      throw ApiException.badRequest("report.parameter-required", parameter);
    }
    OrgUnit unit = scopes.byCode(code.trim())
        .orElseThrow(() -> ApiException.badRequest("report.unit-unknown", code.trim()));
    if (visible != null && !visible.contains(unit.getId())) {
      throw ApiException.forbidden("report.unit-forbidden", unit.getCode());
    }
    return new Target(unit, scopes.subtreeOf(unit.getId()));
  }

  /** A unit and the ids of its subtree. */
  public record Target(OrgUnit unit, Set<Long> subtree) {
  }
}

package id.kinerja.evaluation.web;

import id.kinerja.evaluation.DistributionCurves;
import id.kinerja.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/curve")
@Tag(name = "Kurva distribusi", description = "The distribution curve as versioned data (HR)")
class CurveController {

  private final DistributionCurves curves;
  private final CurrentUser currentUser;

  CurveController(DistributionCurves curves, CurrentUser currentUser) {
    this.curves = curves;
    this.currentUser = currentUser;
  }

  @GetMapping
  @PreAuthorize("hasRole('HR')")
  @Operation(summary = "The curve in force now (the next annual evaluation opened uses it)")
  DistributionCurves.CurveVersionView current() {
    return curves.current();
  }

  @GetMapping("/versions")
  @PreAuthorize("hasRole('HR')")
  @Operation(summary = "Every version, newest first: who, when, why, rules")
  List<DistributionCurves.CurveVersionView> history() {
    return curves.history();
  }

  @PutMapping
  @PreAuthorize("hasRole('HR')")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Replaces the curve by a new version (reason required); audited")
  DistributionCurves.CurveVersionView replace(@RequestBody DistributionCurves.CurveInput input) {
    return curves.replace(input, currentUser.get().username());
  }
}

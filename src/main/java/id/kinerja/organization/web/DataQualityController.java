package id.kinerja.organization.web;

import id.kinerja.organization.DataQuality;
import id.kinerja.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Unit kerja", description = "The organisation tree")
class DataQualityController {

  private final DataQuality dataQuality;
  private final CurrentUser currentUser;

  DataQualityController(DataQuality dataQuality, CurrentUser currentUser) {
    this.dataQuality = dataQuality;
    this.currentUser = currentUser;
  }

  @GetMapping("/api/v1/organisation/data-quality")
  @Operation(summary = "What keeps the organisation from being true (HR: all; heads: their subtree)",
      description = "noSupervisor, noSenior, vacantHeadPosts (vacant and no acting head today), overFormasi, "
          + "withoutEmail, withoutLogin, correctionsExpiring: each {count, shown (first 200)}.")
  DataQuality.Report check() {
    return dataQuality.check(currentUser.get());
  }
}

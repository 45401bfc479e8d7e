package id.kinerja.admin.web;

import id.kinerja.admin.ProcessMigrations;
import id.kinerja.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/admin/migrations")
@Tag(name = "Administrasi proses", description = "Migrate running instances between process versions (HR)")
class MigrationController {

  /** {@code toVersion} absent: the latest version. */
  record MigrationRequest(String processKey, Integer fromVersion, Integer toVersion, String reason) {
  }

  private final ProcessMigrations migrations;
  private final CurrentUser currentUser;

  MigrationController(ProcessMigrations migrations, CurrentUser currentUser) {
    this.migrations = migrations;
    this.currentUser = currentUser;
  }

  @PostMapping("/preview")
  @Operation(summary = "The generated plan: instances, mapped and unmapped activities (why), instances that stay")
  ProcessMigrations.Preview preview(@RequestBody MigrationRequest request) {
    return migrations.preview(request.processKey(), request.fromVersion(), request.toVersion(), currentUser.get());
  }

  @PostMapping
  @ResponseStatus(HttpStatus.ACCEPTED)
  @Operation(summary = "Migrates the instances that can move, as an engine batch; reason required; audited")
  ProcessMigrations.Started migrate(@RequestBody MigrationRequest request) {
    return migrations.migrate(request.processKey(), request.fromVersion(), request.toVersion(), request.reason(),
        currentUser.get());
  }

  @GetMapping("/{batchId}")
  @Operation(summary = "Progress of a migration batch: jobs total/completed/remaining, failures")
  ProcessMigrations.Progress progress(@PathVariable String batchId) {
    return migrations.progress(batchId, currentUser.get());
  }
}

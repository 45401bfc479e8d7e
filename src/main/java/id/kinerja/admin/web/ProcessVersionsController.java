package id.kinerja.admin.web;

import id.kinerja.admin.ModelDiff;
import id.kinerja.admin.ProcessVersions;
import id.kinerja.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/admin/process-definitions")
@Tag(name = "Administrasi proses", description = "Versions of processes, decisions and forms (HR)")
class ProcessVersionsController {

  record RollBack(String reason) {
  }

  private final ProcessVersions versions;
  private final CurrentUser currentUser;

  ProcessVersionsController(ProcessVersions versions, CurrentUser currentUser) {
    this.versions = versions;
    this.currentUser = currentUser;
  }

  @GetMapping
  @Operation(summary = "Every process, decision and form with its versions: who, when, why, running instances")
  List<ProcessVersions.Definition> all() {
    return versions.all(currentUser.get());
  }

  @GetMapping("/{type}/{key}/versions/{version}/file")
  @Operation(summary = "The model file of one version")
  ResponseEntity<byte[]> file(@PathVariable String type, @PathVariable String key, @PathVariable int version) {
    id.kinerja.admin.DeploymentGate.requireDeployer(currentUser.get());
    var file = versions.file(ProcessVersions.type(type), key, version);
    return ResponseEntity.ok().contentType(file.type() == id.kinerja.admin.ModelResource.Type.FORM
            ? MediaType.APPLICATION_JSON : MediaType.APPLICATION_XML)
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file.name() + "\"")
        .body(file.bytes());
  }

  @GetMapping("/{type}/{key}/compare")
  @Operation(summary = "Added, removed and changed elements (with properties) from version `from` to `to`")
  ModelDiff.Summary compare(@PathVariable String type, @PathVariable String key, @RequestParam int from,
      @RequestParam int to) {
    return versions.compare(ProcessVersions.type(type), key, from, to, currentUser.get());
  }

  @PostMapping("/{type}/{key}/versions/{version}/rollback")
  @Operation(summary = "Deploys an earlier version again as the newest, through the deployment gate, with a reason")
  DeploymentController.DeploymentView rollBack(@PathVariable String type, @PathVariable String key,
      @PathVariable int version, @RequestBody RollBack body) {
    return DeploymentController.view(versions.rollBack(ProcessVersions.type(type), key, version,
        body == null ? null : body.reason(), currentUser.get()));
  }
}

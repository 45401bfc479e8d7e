package id.kinerja.admin.web;

import id.kinerja.admin.InstanceModifications;
import id.kinerja.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/admin/instances")
@Tag(name = "Administrasi proses", description = "Move a running instance's token to another activity (HR)")
class InstanceModificationController {

  record Modification(String fromActivityId, String toActivityId, String reason) {
  }

  private final InstanceModifications modifications;
  private final CurrentUser currentUser;

  InstanceModificationController(InstanceModifications modifications, CurrentUser currentUser) {
    this.modifications = modifications;
    this.currentUser = currentUser;
  }

  @GetMapping
  @Operation(summary = "The running instances of one process version (at most 100), with their active activities")
  List<InstanceModifications.InstanceView> running(@RequestParam String processKey, @RequestParam int version) {
    return modifications.running(processKey, version, currentUser.get());
  }

  @GetMapping("/{id}")
  @Operation(summary = "Where one running instance waits, and the activities it may be moved to")
  InstanceModifications.InstanceView instance(@PathVariable String id) {
    return modifications.instance(id, currentUser.get());
  }

  @PostMapping("/{id}/modification")
  @Operation(summary = "Cancels the instance's token in `fromActivityId` and starts `toActivityId`; reason required; "
      + "audited")
  InstanceModifications.Moved move(@PathVariable String id, @RequestBody Modification body) {
    return modifications.move(id, body == null ? null : body.fromActivityId(),
        body == null ? null : body.toActivityId(), body == null ? null : body.reason(), currentUser.get());
  }
}

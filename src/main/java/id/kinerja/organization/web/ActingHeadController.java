package id.kinerja.organization.web;

import id.kinerja.organization.ActingHeadService;
import id.kinerja.organization.ActingHeadView;
import id.kinerja.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/units/{code}/acting-heads")
@Tag(name = "Unit kerja", description = "The organisation tree")
@PreAuthorize("hasRole('HR')")
class ActingHeadController {

  private final ActingHeadService actingHeads;
  private final CurrentUser currentUser;

  ActingHeadController(ActingHeadService actingHeads, CurrentUser currentUser) {
    this.actingHeads = actingHeads;
    this.currentUser = currentUser;
  }

  @PostMapping
  @Operation(summary = "Appoint an acting head (HR): {\"nip\",\"kind\":\"PLT\"|\"PLH\",\"from\",\"to\",\"decree\"}",
      description = "PLT for a vacant head post, PLH while the holder is away; dates YYYY-MM-DD, at most 366 days; "
          + "one appointment per unit at a time (else 409). While valid the acting head is supervisor/senior for the "
          + "unit; open tasks move to them at once.")
  ResponseEntity<ActingHeadView> appoint(@PathVariable String code,
      @RequestBody ActingHeadService.Appointment request) {
    ActingHeadView view = actingHeads.appoint(code, request, currentUser.get().username());
    return ResponseEntity.created(URI.create("/api/v1/units/" + code + "/acting-heads/" + view.id())).body(view);
  }

  @GetMapping
  @Operation(summary = "Acting heads of a unit, newest first (HR)")
  List<ActingHeadView> list(@PathVariable String code) {
    return actingHeads.list(code);
  }

  @DeleteMapping("/{id}")
  @Operation(summary = "End an acting appointment early (HR): valid until yesterday; open tasks move back")
  ResponseEntity<Void> end(@PathVariable String code, @PathVariable long id) {
    actingHeads.end(code, id, currentUser.get().username());
    return ResponseEntity.noContent().build();
  }
}

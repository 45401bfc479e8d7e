package id.kinerja.coaching.web;

import id.kinerja.coaching.CoachingService;
import id.kinerja.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Pembinaan", description = "Coaching for low performers")
class CoachingController {

  private final CoachingService coaching;
  private final CurrentUser currentUser;

  CoachingController(CoachingService coaching, CurrentUser currentUser) {
    this.coaching = coaching;
    this.currentUser = currentUser;
  }

  @PostMapping("/api/v1/coaching")
  @Operation(summary = "Start coaching for a subordinate's SKP (a head above the employee); 202, the plan is "
      + "drafted in Tasklist")
  ResponseEntity<Map<String, Object>> start(@RequestBody StartRequest request) {
    coaching.startBySupervisor(request.skpId(), currentUser.get());
    return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("skpId", request.skpId()));
  }

  @GetMapping("/api/v1/coaching/{id}")
  @Operation(summary = "A coaching plan with its sessions (the employee, heads above, HR)")
  Map<String, Object> get(@PathVariable long id) {
    return coaching.view(id, currentUser.get());
  }

  record StartRequest(Long skpId) {
  }
}

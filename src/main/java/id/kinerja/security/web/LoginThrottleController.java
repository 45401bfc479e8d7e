package id.kinerja.security.web;

import id.kinerja.security.CurrentUser;
import id.kinerja.security.LoginThrottle;
import id.kinerja.security.LoginThrottle.ThrottledLogin;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/login-throttles")
@Tag(name = "Pembatasan login", description = "Failed logins per user and client address (HR)")
class LoginThrottleController {

  private final LoginThrottle throttle;
  private final CurrentUser currentUser;

  LoginThrottleController(LoginThrottle throttle, CurrentUser currentUser) {
    this.throttle = throttle;
    this.currentUser = currentUser;
  }

  @GetMapping
  @PreAuthorize("hasRole('HR')")
  @Operation(summary = "Users and addresses with recent failed logins; refusedUntil while refused")
  List<ThrottledLogin> current() {
    return throttle.current();
  }

  @DeleteMapping("/{username}")
  @PreAuthorize("hasRole('HR')")
  @Operation(summary = "Lifts every throttle of a user (all addresses); audited")
  ResponseEntity<Void> lift(@PathVariable String username) {
    throttle.lift(username, currentUser.get().username());
    return ResponseEntity.noContent().build();
  }
}

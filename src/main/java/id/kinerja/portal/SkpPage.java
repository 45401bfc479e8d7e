package id.kinerja.portal;

import id.kinerja.planning.SkpService;
import id.kinerja.planning.SkpView;
import id.kinerja.security.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * {@code /app/skp/{id}}: an SKP's RHK, indicators and targets, the cascade (which RHK of the supervisor each one
 * supports) and every review round with its notes. Who may see it: as the API (owner, heads above, HR).
 */
@Controller
class SkpPage {

  private final CurrentUser currentUser;
  private final SkpService skps;

  SkpPage(CurrentUser currentUser, SkpService skps) {
    this.currentUser = currentUser;
    this.skps = skps;
  }

  @GetMapping("/app/skp/{id}")
  String show(@PathVariable long id, Model model) {
    SkpView skp = skps.view(id, currentUser.get());
    model.addAttribute("skp", skp);
    model.addAttribute("supervisorRhk", skps.supervisorRhkOptions(id));
    return "portal/skp";
  }
}

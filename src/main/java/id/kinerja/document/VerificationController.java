package id.kinerja.document;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The public page that confirms a Kinerja document by its verification code, without login. */
@Controller
class VerificationController {

  private final List<VerificationSource> sources;

  VerificationController(List<VerificationSource> sources) {
    this.sources = sources;
  }

  @GetMapping("/verifikasi/{code}")
  String verify(@PathVariable String code, Model model, HttpServletResponse response) {
    String normalized = code == null ? null : code.trim().toUpperCase(Locale.ROOT);
    Optional<VerifiedDocument> found = VerificationCodes.looksValid(normalized)
        ? sources.stream().map(s -> s.find(normalized)).flatMap(Optional::stream).findFirst()
        : Optional.empty();
    if (found.isEmpty()) {
      response.setStatus(404);
      return "verifikasi/tidak-ditemukan";
    }
    model.addAttribute("document", found.get());
    model.addAttribute("code", normalized);
    return "verifikasi/valid";
  }
}

package id.kinerja.portal;

import id.kinerja.planning.SkpService;
import id.kinerja.planning.SkpStatus;
import id.kinerja.planning.SkpView;
import id.kinerja.security.KinerjaUser;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The SKP a person reports against: this year's agreed SKP in force. */
@Component
class MySkp {

  private final SkpService skps;

  MySkp(SkpService skps) {
    this.skps = skps;
  }

  Optional<SkpView> inForce(KinerjaUser user, int year) {
    return skps.mine(user, year).stream().filter(s -> s.status() == SkpStatus.AGREED && s.inForce())
        .findFirst().map(s -> skps.view(s.id(), user));
  }
}

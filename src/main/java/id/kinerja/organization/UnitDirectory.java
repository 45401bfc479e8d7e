package id.kinerja.organization;

import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The units as other modules see them, by their code. Other modules read units here, never through the repository. */
@Service
@Transactional(readOnly = true)
public class UnitDirectory {

  private final OrgUnits units;

  UnitDirectory(OrgUnits units) {
    this.units = units;
  }

  public Optional<OrgUnit> byCode(String code) {
    return code == null ? Optional.empty() : units.findByCode(code);
  }

  public boolean exists(String code) {
    return code != null && units.existsByCode(code);
  }
}

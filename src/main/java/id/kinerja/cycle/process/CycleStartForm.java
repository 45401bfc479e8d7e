package id.kinerja.cycle.process;

import id.kinerja.cycle.CycleVariables;
import id.kinerja.common.FormJson;
import id.kinerja.organization.EmployeeDirectory;
import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * What the start form "Buka periode penilaian" ({@code periode-buka}) is prefilled with
 * ({@link CycleStartFormHandler}): this year in the Pemda's zone, and the units to choose from as they are now in
 * the organisation (read whenever the form is opened, so a new or renamed unit shows at once).
 */
@Component("cycleStartForm")
public class CycleStartForm {

  /** The form's select of the unit takes its options from this variable ({@code valuesKey}). */
  public static final String UNIT_OPTIONS = CycleVariables.FORM_UNIT_OPTIONS;
  public static final String YEAR = CycleVariables.FORM_YEAR;

  private final EmployeeDirectory units;
  private final FormJson json;
  private final Clock clock;

  CycleStartForm(EmployeeDirectory units, FormJson json, Clock clock) {
    this.units = units;
    this.json = json;
    this.clock = clock;
  }

  public long thisYear() {
    return Year.now(clock).getValue();
  }

  /** The units as Camunda Forms select options: {@code [{"label":"Dinas Kesehatan (DINKES)","value":"DINKES"}]}. */
  public String unitOptions() {
    List<Map<String, String>> options = new ArrayList<>();
    units.units().stream().sorted(java.util.Comparator.comparing(id.kinerja.organization.UnitView::code))
        .forEach(u -> options.add(Map.of("label", u.name() + " (" + u.code() + ")", "value", u.code())));
    return json.write(options);
  }
}

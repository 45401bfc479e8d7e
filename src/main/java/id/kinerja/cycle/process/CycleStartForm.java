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
  private final id.kinerja.organization.DataQuality dataQuality;
  private final FormJson json;
  private final Clock clock;

  CycleStartForm(EmployeeDirectory units, id.kinerja.organization.DataQuality dataQuality, FormJson json,
      Clock clock) {
    this.units = units;
    this.dataQuality = dataQuality;
    this.json = json;
    this.clock = clock;
  }

  public long thisYear() {
    return Year.now(clock).getValue();
  }

  /**
   * The units as Camunda Forms select options: {@code [{"label":"Dinas Kesehatan (DINKES)","value":"DINKES"}]}; a
   * unit whose subtree has employees without a supervisor says so in its label, before HR opens it
   * (their tasks would go to HR's group: the data-quality page lists them).
   */
  public String unitOptions() {
    List<Map<String, String>> options = new ArrayList<>();
    Map<String, Long> broken = dataQuality.brokenLinesPerSubtree();
    units.units().stream().sorted(java.util.Comparator.comparing(id.kinerja.organization.UnitView::code))
        .forEach(u -> options.add(Map.of("label", u.name() + " (" + u.code() + ")"
            + (broken.containsKey(u.code()) ? " — PERINGATAN: " + broken.get(u.code())
                + " pegawai tanpa pejabat penilai, lihat /app/hr/kualitas-data" : ""), "value", u.code())));
    return json.write(options);
  }
}

package id.kinerja.organization;

import static id.kinerja.organization.Chunked.byKey;
import static id.kinerja.organization.Chunked.query;

import id.kinerja.common.AuditTrail;
import id.kinerja.common.Violation;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * HR's bulk import of employees from CSV or XLSX ({@code nip,nama,jenis,unit_kode,jabatan_kode,email}, optional
 * {@code username,pangkat,golongan,status}). Every row is validated first; one bad row rejects the whole file and
 * nothing is stored. A head post takes one active holder; other positions take many, up to their formasi.
 */
@Service
public class EmployeeImport {

  static final List<String> REQUIRED_COLUMNS = List.of("nip", "nama", "jenis", "unit_kode", "jabatan_kode", "email");
  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
  private static final Pattern USERNAME = Pattern.compile("^[a-z0-9][a-z0-9._-]{1,63}$");
  private static final int PANGKAT_MAX = 64;

  private final Employees employees;
  private final OrgUnits units;
  private final Positions positions;
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final OrganizationCharts charts;

  EmployeeImport(Employees employees, OrgUnits units, Positions positions, AuditTrail audit,
      ApplicationEventPublisher events, Clock clock, OrganizationCharts charts) {
    this.charts = charts;
    this.employees = employees;
    this.units = units;
    this.positions = positions;
    this.audit = audit;
    this.events = events;
    this.clock = clock;
  }

  @Transactional
  public ImportResult importCsv(String csv, String actor) {
    return importTable(ImportTable.csv(csv), actor, false, false);
  }

  /**
   * @param dryRun answer the plan and store nothing
   * @param full the file lists every employee of its Pemda: the result names the active ones it does not list
   */
  @Transactional
  public ImportResult importTable(ImportTable table, String actor, boolean dryRun, boolean full) {
    List<Row> rows = rows(table.requireColumns(REQUIRED_COLUMNS));
    Map<String, OrgUnit> unitsByCode = byKey(query(codes(rows, Row::unitCode), units::findByCodeIn),
        OrgUnit::getCode);
    Map<String, Position> positionsByCode = byKey(query(codes(rows, Row::positionCode), positions::findByCodeIn),
        Position::getCode);
    Map<String, Employee> existing = byKey(query(codes(rows, Row::nip), employees::findByNipIn), Employee::getNip);
    Map<Long, List<String>> holders = query(positionsByCode.values().stream().map(Position::getId).toList(),
        employees::findActiveHolders).stream().collect(Collectors.groupingBy(PositionHolder::positionId,
            Collectors.mapping(PositionHolder::nip, Collectors.toList())));

    Set<String> storedUsernames = new HashSet<>(query(codes(rows, Row::username), employees::findUsernamesIn));

    List<Violation> violations = new ArrayList<>(table.violations());
    violations.addAll(validate(rows, unitsByCode, positionsByCode, existing, holders, storedUsernames));
    if (!violations.isEmpty()) {
      throw ImportRefusal.of(violations);
    }
    List<String> missing = full ? missingFrom(rows, unitsByCode.values()) : null;
    return store(rows, unitsByCode, positionsByCode, existing, actor, new ImportPlan(dryRun), missing);
  }

  /** Active employees of the Pemda (the roots above the file's units) whom the file does not list, by NIP. */
  private List<String> missingFrom(List<Row> rows, java.util.Collection<OrgUnit> unitsOfFile) {
    OrganizationChart chart = charts.current();
    Set<Long> pemda = new HashSet<>();
    unitsOfFile.stream().map(u -> chart.rootOf(u.getId())).distinct().forEach(root -> pemda.addAll(chart.subtreeOf(root)));
    Set<String> inFile = rows.stream().map(Row::nip).collect(Collectors.toSet());
    return query(pemda, employees::findActiveNipsInUnits).stream().filter(nip -> !inFile.contains(nip)).sorted()
        .toList();
  }

  private ImportResult store(List<Row> rows, Map<String, OrgUnit> unitsByCode, Map<String, Position> positionsByCode,
      Map<String, Employee> existing, String actor, ImportPlan plan, List<String> missing) {
    Map<String, Map<String, String>> before = new HashMap<>();
    existing.values().forEach(e -> before.put(e.getNip(), e.importedFields()));
    // head posts may move between employees of this file: free them first so that "one holder" holds throughout
    Map<String, String> positionOf = rows.stream().collect(Collectors.toMap(Row::nip, Row::positionCode, (a, b) -> a));
    existing.values().stream()
        .filter(e -> e.getPosition() != null && !e.getPosition().getCode().equals(positionOf.get(e.getNip())))
        .forEach(Employee::vacatePosition);
    employees.flush();
    List<Employee> toSave = new ArrayList<>();
    List<EmployeesImported.Account> created = new ArrayList<>();
    for (Row row : rows) {
      OrgUnit unit = unitsByCode.get(row.unitCode());
      Position position = row.positionCode().isEmpty() ? null : positionsByCode.get(row.positionCode());
      EmployeeType type = EmployeeType.valueOf(row.type().toUpperCase(Locale.ROOT));
      Employee employee = existing.get(row.nip());
      if (employee == null) {
        String username = row.username().isEmpty() ? row.nip() : row.username();
        employee = new Employee(row.nip(), row.name(), username, type, row.email(), unit, position);
        created.add(new EmployeesImported.Account(username, row.name(), row.email()));
        plan.added(row.nip());
      } else {
        employee.update(row.name(), type, row.email(), unit, position);
      }
      String pangkat = row.pangkat().isEmpty() ? employee.getPangkat() : blankToNull(row.pangkat().get());
      String golongan = row.golongan().isEmpty() ? employee.getGolongan()
          : blankToNull(row.golongan().flatMap(g -> Golongan.normalise(type, g)).orElse(""));
      EmployeeStatus status = row.status().isEmpty() ? employee.getStatus() : status(row.status().get());
      employee.classify(pangkat, golongan, status);
      if (before.containsKey(row.nip())) {
        plan.compare(row.nip(), before.get(row.nip()), employee.importedFields());
      }
      toSave.add(employee);
    }
    employees.saveAll(toSave);
    employees.flush();
    if (!plan.dryRun()) {
      plan.audit(audit, actor, "EMPLOYEES_IMPORTED", "employee", rows.size());
      events.publishEvent(new EmployeesImported(created));
    }
    return plan.result(rows.size(), missing);
  }

  private List<Violation> validate(List<Row> rows, Map<String, OrgUnit> unitsByCode,
      Map<String, Position> positionsByCode, Map<String, Employee> existing, Map<Long, List<String>> holders,
      Set<String> storedUsernames) {
    LocalDate today = LocalDate.now(clock);
    Set<String> nipsInFile = rows.stream().map(Row::nip).collect(Collectors.toSet());
    Map<String, Integer> firstRowOfNip = new HashMap<>();
    Map<String, Integer> firstRowOfHeadPost = new HashMap<>();
    Map<String, Integer> seatsTaken = new HashMap<>();
    Map<String, Integer> firstRowOfUsername = new HashMap<>();
    List<Violation> violations = new ArrayList<>();
    for (Row row : rows) {
      int n = row.line();
      Nip.problemWith(row.nip(), today).ifPresent(key -> violations.add(Violation.atRow(n, "nip", key, row.nip())));
      Integer earlier = firstRowOfNip.putIfAbsent(row.nip(), n);
      if (earlier != null) {
        violations.add(Violation.atRow(n, "nip", "import.nip-duplicate", row.nip(), earlier));
      }
      if (row.name().isEmpty() || row.name().length() > 200) {
        violations.add(Violation.atRow(n, "nama", "import.name-required"));
      }
      EmployeeType type = type(row.type());
      if (type == null) {
        violations.add(Violation.atRow(n, "jenis", "import.type-invalid", row.type()));
      }
      boolean active = true;
      if (row.status().isPresent()) {
        EmployeeStatus status = status(row.status().get());
        if (status == null) {
          violations.add(Violation.atRow(n, "status", "import.status-invalid", row.status().get(),
              Arrays.stream(EmployeeStatus.values()).map(Enum::name).collect(Collectors.joining(", "))));
        } else {
          active = status.active();
        }
      } else if (existing.containsKey(row.nip())) {
        active = existing.get(row.nip()).getStatus().active();
      }
      validateRank(row, type, violations);
      OrgUnit unit = unitsByCode.get(row.unitCode());
      if (unit == null) {
        violations.add(Violation.atRow(n, "unit_kode", "import.unit-unknown", row.unitCode()));
      }
      if (!row.positionCode().isEmpty()) {
        Position position = positionsByCode.get(row.positionCode());
        if (position == null) {
          violations.add(Violation.atRow(n, "jabatan_kode", "import.position-unknown", row.positionCode()));
        } else {
          if (unit != null && !position.getUnit().getId().equals(unit.getId())) {
            violations.add(Violation.atRow(n, "jabatan_kode", "import.position-other-unit", row.positionCode(),
                position.getUnit().getCode()));
          }
          if (active) {
            List<String> heldBy = holders.getOrDefault(position.getId(), List.of()).stream()
                .filter(nip -> !nipsInFile.contains(nip)).toList();
            validateSeat(row, position, heldBy, firstRowOfHeadPost, seatsTaken, violations);
          }
        }
      }
      if (!EMAIL.matcher(row.email()).matches() || row.email().length() > 254) {
        violations.add(Violation.atRow(n, "email", "import.email-invalid", row.email()));
      }
      validateUsername(row, existing, firstRowOfUsername, storedUsernames, violations);
    }
    return violations;
  }

  /**
   * One active holder of a head post; many of any other position, up to its formasi. Holders outside the file keep
   * their seats ({@code heldBy}); employees in the file are placed where the file says.
   */
  private static void validateSeat(Row row, Position position, List<String> heldBy,
      Map<String, Integer> firstRowOfHeadPost, Map<String, Integer> seatsTaken, List<Violation> violations) {
    int n = row.line();
    if (position.isHead()) {
      Integer earlierHolder = firstRowOfHeadPost.putIfAbsent(row.positionCode(), n);
      if (earlierHolder != null) {
        violations.add(Violation.atRow(n, "jabatan_kode", "import.position-twice", row.positionCode(), earlierHolder));
      }
      if (!heldBy.isEmpty()) {
        violations.add(Violation.atRow(n, "jabatan_kode", "import.position-held", row.positionCode(), heldBy.get(0)));
      }
      return;
    }
    int taken = seatsTaken.merge(row.positionCode(), 1, Integer::sum);
    Integer formasi = position.getFormasi();
    if (formasi != null && heldBy.size() + taken > formasi) {
      violations.add(Violation.atRow(n, "jabatan_kode", "import.position-formasi", row.positionCode(), formasi,
          heldBy.size()));
    }
  }

  private static void validateRank(Row row, EmployeeType type, List<Violation> violations) {
    String pangkat = row.pangkat().orElse("");
    if (pangkat.length() > PANGKAT_MAX) {
      violations.add(Violation.atRow(row.line(), "pangkat", "import.pangkat-too-long", PANGKAT_MAX));
    } else if (!pangkat.isEmpty() && type == EmployeeType.PPPK) {
      violations.add(Violation.atRow(row.line(), "pangkat", "import.pangkat-pppk"));
    }
    String golongan = row.golongan().orElse("");
    if (!golongan.isEmpty() && type != null && Golongan.normalise(type, golongan).isEmpty()) {
      violations.add(Violation.atRow(row.line(), "golongan",
          type == EmployeeType.PNS ? "import.golongan-pns" : "import.golongan-pppk", golongan));
    }
  }

  private static void validateUsername(Row row, Map<String, Employee> existing,
      Map<String, Integer> firstRowOfUsername, Set<String> stored, List<Violation> violations) {
    if (row.username().isEmpty()) {
      return;
    }
    Employee current = existing.get(row.nip());
    if (current != null) {
      if (!current.getUsername().equals(row.username())) {
        violations.add(Violation.atRow(row.line(), "username", "import.username-fixed", current.getUsername()));
      }
      return;
    }
    if (!USERNAME.matcher(row.username()).matches()) {
      violations.add(Violation.atRow(row.line(), "username", "import.username-invalid", row.username()));
    } else if (firstRowOfUsername.putIfAbsent(row.username(), row.line()) != null
        || stored.contains(row.username())) {
      violations.add(Violation.atRow(row.line(), "username", "import.username-taken", row.username()));
    }
  }

  private static String blankToNull(String value) {
    return value.isEmpty() ? null : value;
  }

  private static EmployeeType type(String value) {
    try {
      return EmployeeType.valueOf(value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** An empty status cell means AKTIF. */
  private static EmployeeStatus status(String value) {
    if (value.isEmpty()) {
      return EmployeeStatus.AKTIF;
    }
    try {
      return EmployeeStatus.valueOf(value.toUpperCase(Locale.ROOT).replace(' ', '_'));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static List<Row> rows(ImportTable table) {
    boolean hasUsername = table.hasColumn("username");
    boolean hasPangkat = table.hasColumn("pangkat");
    boolean hasGolongan = table.hasColumn("golongan");
    boolean hasStatus = table.hasColumn("status");
    return table.rows().stream().map(r -> new Row(r.line(), r.get("nip"), r.get("nama"), r.get("jenis"),
        r.get("unit_kode"), r.get("jabatan_kode"), r.get("email"), hasUsername ? r.get("username") : "",
        hasPangkat ? Optional.of(r.get("pangkat")) : Optional.empty(),
        hasGolongan ? Optional.of(r.get("golongan")) : Optional.empty(),
        hasStatus ? Optional.of(r.get("status")) : Optional.empty())).toList();
  }

  private static Set<String> codes(List<Row> rows, Function<Row, String> code) {
    return rows.stream().map(code).filter(c -> !c.isEmpty()).collect(Collectors.toSet());
  }

  /**
   * One data row; {@code line} as in the file. An optional column absent from the file is empty here and leaves the
   * stored value as it is; present but blank, it clears it (status: AKTIF).
   */
  record Row(int line, String nip, String name, String type, String unitCode, String positionCode, String email,
      String username, Optional<String> pangkat, Optional<String> golongan, Optional<String> status) {
  }
}

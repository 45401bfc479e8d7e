package id.kinerja.organization;

import id.kinerja.common.ApiException;
import id.kinerja.common.AuditTrail;
import id.kinerja.common.ValidationFailedException;
import id.kinerja.common.Violation;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * HR's bulk import of employees from CSV ({@code nip,nama,jenis,unit_kode,jabatan_kode,email}, optional
 * {@code username}). Every row is validated first; one bad row rejects the whole file and nothing is stored.
 */
@Service
public class EmployeeImport {

  static final List<String> REQUIRED_COLUMNS = List.of("nip", "nama", "jenis", "unit_kode", "jabatan_kode", "email");
  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
  private static final Pattern USERNAME = Pattern.compile("^[a-z0-9][a-z0-9._-]{1,63}$");
  private static final int CHUNK = 1000;

  private final Employees employees;
  private final OrgUnits units;
  private final Positions positions;
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  EmployeeImport(Employees employees, OrgUnits units, Positions positions, AuditTrail audit,
      ApplicationEventPublisher events, Clock clock) {
    this.employees = employees;
    this.units = units;
    this.positions = positions;
    this.audit = audit;
    this.events = events;
    this.clock = clock;
  }

  @Transactional
  public ImportResult importCsv(String csv, String actor) {
    List<Row> rows = parse(csv);
    Map<String, OrgUnit> unitsByCode = byKey(inChunks(codes(rows, Row::unitCode), units::findByCodeIn),
        OrgUnit::getCode);
    Map<String, Position> positionsByCode = byKey(inChunks(codes(rows, Row::positionCode), positions::findByCodeIn),
        Position::getCode);
    Map<String, Employee> existing = byKey(inChunks(codes(rows, Row::nip), employees::findByNipIn), Employee::getNip);
    Map<Long, Employee> holders = byKey(inChunks(positionsByCode.values().stream().map(Position::getId).toList(),
        employees::findByPositionIdIn), e -> e.getPosition().getId());

    List<Violation> violations = validate(rows, unitsByCode, positionsByCode, existing, holders);
    if (!violations.isEmpty()) {
      long badRows = violations.stream().map(Violation::row).distinct().count();
      throw new ValidationFailedException("import.rejected", violations, badRows);
    }
    return store(rows, unitsByCode, positionsByCode, existing, actor);
  }

  private ImportResult store(List<Row> rows, Map<String, OrgUnit> unitsByCode, Map<String, Position> positionsByCode,
      Map<String, Employee> existing, String actor) {
    // positions may move between employees of this file: free them first so that "one holder" holds throughout
    existing.values().forEach(Employee::vacatePosition);
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
      } else {
        employee.update(row.name(), type, row.email(), unit, position);
      }
      toSave.add(employee);
    }
    employees.saveAll(toSave);
    audit.record(actor, "EMPLOYEES_IMPORTED", "employee", null,
        "rows=" + rows.size() + ", created=" + created.size() + ", updated=" + (rows.size() - created.size()));
    events.publishEvent(new EmployeesImported(created));
    return new ImportResult(rows.size(), created.size(), rows.size() - created.size());
  }

  private List<Violation> validate(List<Row> rows, Map<String, OrgUnit> unitsByCode,
      Map<String, Position> positionsByCode, Map<String, Employee> existing, Map<Long, Employee> holders) {
    LocalDate today = LocalDate.now(clock);
    Set<String> nipsInFile = rows.stream().map(Row::nip).collect(Collectors.toSet());
    Map<String, Integer> firstRowOfNip = new HashMap<>();
    Map<String, Integer> firstRowOfPosition = new HashMap<>();
    Map<String, Integer> firstRowOfUsername = new HashMap<>();
    Set<String> takenUsernames = new HashSet<>();
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
      if (!row.type().equalsIgnoreCase("PNS") && !row.type().equalsIgnoreCase("PPPK")) {
        violations.add(Violation.atRow(n, "jenis", "import.type-invalid", row.type()));
      }
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
          Integer earlierHolder = firstRowOfPosition.putIfAbsent(row.positionCode(), n);
          if (earlierHolder != null) {
            violations.add(Violation.atRow(n, "jabatan_kode", "import.position-twice", row.positionCode(),
                earlierHolder));
          }
          Employee holder = holders.get(position.getId());
          if (holder != null && !holder.getNip().equals(row.nip()) && !nipsInFile.contains(holder.getNip())) {
            violations.add(Violation.atRow(n, "jabatan_kode", "import.position-held", row.positionCode(),
                holder.getNip()));
          }
        }
      }
      if (!EMAIL.matcher(row.email()).matches() || row.email().length() > 254) {
        violations.add(Violation.atRow(n, "email", "import.email-invalid", row.email()));
      }
      validateUsername(row, existing, firstRowOfUsername, takenUsernames, violations);
    }
    return violations;
  }

  private void validateUsername(Row row, Map<String, Employee> existing, Map<String, Integer> firstRowOfUsername,
      Set<String> taken, List<Violation> violations) {
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
        || taken.contains(row.username()) || employees.existsByUsername(row.username())) {
      violations.add(Violation.atRow(row.line(), "username", "import.username-taken", row.username()));
    }
    taken.add(row.username());
  }

  private static List<Row> parse(String csv) {
    if (csv == null || csv.isBlank()) {
      throw ApiException.badRequest("import.empty");
    }
    CSVFormat format = CSVFormat.DEFAULT.builder()
        .setHeader().setSkipHeaderRecord(true).setTrim(true).setIgnoreEmptyLines(true)
        .setIgnoreHeaderCase(true).setAllowMissingColumnNames(false).get();
    String body = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
    try (CSVParser parser = CSVParser.parse(new StringReader(body), format)) {
      Set<String> header = parser.getHeaderMap().keySet().stream()
          .map(h -> h.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
      if (!header.containsAll(REQUIRED_COLUMNS)) {
        throw ApiException.badRequest("import.header", String.join(",", REQUIRED_COLUMNS));
      }
      boolean hasUsername = header.contains("username");
      List<Row> rows = new ArrayList<>();
      for (CSVRecord record : parser) {
        rows.add(new Row((int) record.getRecordNumber() + 1, value(record, "nip"), value(record, "nama"),
            value(record, "jenis"), value(record, "unit_kode"), value(record, "jabatan_kode"),
            value(record, "email"), hasUsername ? value(record, "username") : ""));
      }
      if (rows.isEmpty()) {
        throw ApiException.badRequest("import.empty");
      }
      return rows;
    } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
      throw ApiException.badRequest("import.malformed", e.getMessage());
    }
  }

  private static String value(CSVRecord record, String column) {
    return record.isSet(column) ? record.get(column).trim() : "";
  }

  private static Set<String> codes(List<Row> rows, Function<Row, String> code) {
    return rows.stream().map(code).filter(c -> !c.isEmpty()).collect(Collectors.toSet());
  }

  private static <K, T> List<T> inChunks(Collection<K> keys, Function<Collection<K>, List<T>> query) {
    List<K> all = new ArrayList<>(keys);
    List<T> result = new ArrayList<>();
    for (int i = 0; i < all.size(); i += CHUNK) {
      result.addAll(query.apply(all.subList(i, Math.min(all.size(), i + CHUNK))));
    }
    return result;
  }

  private static <K, T> Map<K, T> byKey(List<T> items, Function<T, K> key) {
    return items.stream().collect(Collectors.toMap(key, Function.identity(), (a, b) -> a));
  }

  /** One data row; {@code line} counts the header as line 1. */
  record Row(int line, String nip, String name, String type, String unitCode, String positionCode, String email,
      String username) {
  }
}

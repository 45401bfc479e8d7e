package id.kinerja.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import id.kinerja.support.FromAddress;
import id.kinerja.support.Pause;
import id.kinerja.support.PostgresIntegrationTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Item 5 of issue 20: every endpoint × every role from one table, {@code src/test/resources/authorization-matrix.csv}
 * (format in its header). Rows are Spring MVC endpoints (each mapping must have at least one row, see
 * {@link #everyEndpointHasARow()}), the engine REST API and the Camunda webapps' API (session login).
 *
 * <p>Fixture: the 2027 cycle of DINKES-YANKES (Bidang Pelayanan Kesehatan; used by no other test): budi's SKP in
 * DRAFT and his SusunSkp task. The acting-head column has a fixture of its own in the small government MTX
 * (Pemda → Dinas → Seksi whose head post is vacant and filled by a Plt.): the same placeholders name the Seksi's
 * staff member, his SKP and task, the Seksi and its cycle. Write rows send a body that passes authorization but not validation where possible,
 * so that the table never changes what the next row sees. {@code -Dmatrix.record=true} writes what each cell
 * actually answered to {@code target/authorization-matrix.observed.csv} (review before copying rows over).
 */
class AuthorizationMatrixIT extends PostgresIntegrationTest {

  static final String TABLE = "/authorization-matrix.csv";

  /** The callers of the table's columns, in column order. */
  enum Caller {
    ANONYMOUS(null, "127.0.0.60"),
    /** No account (citizens have none): anonymous from another address, as through the region's proxy. */
    CITIZEN(null, "127.0.0.61"),
    EMPLOYEE("budi", "127.0.0.62"),
    COLLEAGUE("siti", "127.0.0.63"),
    SUPERVISOR("kasi.primer", "127.0.0.64"),
    OTHER_SUPERVISOR("kasi.imunisasi", "127.0.0.65"),
    SENIOR("kabid.yankes", "127.0.0.66"),
    HR("hr", "127.0.0.67"),
    OTHER_HEAD("kadisdik", "127.0.0.68"),
    /**
     * The Plt. of a vacant Seksi in a government of its own (MTX, see {@link #actingFixture()}): appointing one in the
     * demo would move the reviews other tests wait for. Its cells ask for the same request about the Seksi's staff
     * member, so they show what an acting head may do for the people he leads (as the supervisor column does).
     */
    ACTING_HEAD("mtx.plt", "127.0.0.69");

    final String username;
    final String address;

    Caller(String username, String address) {
      this.username = username;
      this.address = address;
    }
  }

  /** One line of the table. */
  record Row(int line, String method, String endpoint, String request, String body, Map<Caller, String> expected) {

    String name() {
      return method + " " + endpoint + (request.equals(endpoint) ? "" : " (" + request + ")");
    }
  }

  @Autowired
  TaskService tasks;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  @LocalServerPort
  int port;

  private final Map<Caller, FromAddress> clients = new EnumMap<>(Caller.class);
  private Map<String, String> fixture;
  private Map<String, String> actingFixture;

  @Autowired
  org.camunda.bpm.engine.IdentityService identityService;

  @Test
  void everyEndpointHasARow() throws IOException {
    Set<String> rows = new TreeSet<>();
    for (Row row : rows()) {
      rows.add(row.method() + " " + row.endpoint());
    }
    List<String> missing = new ArrayList<>();
    Set<String> mapped = new TreeSet<>();
    for (Map.Entry<RequestMappingInfo, org.springframework.web.method.HandlerMethod> mapping
        : mappings.getHandlerMethods().entrySet()) {
      Set<String> methods = new TreeSet<>();
      mapping.getKey().getMethodsCondition().getMethods().forEach(m -> methods.add(m.name()));
      if (methods.isEmpty()) {
        methods.add("*");
      }
      for (String pattern : mapping.getKey().getPatternValues()) {
        for (String method : methods) {
          String endpoint = method + " " + pattern;
          mapped.add(endpoint);
          if (!rows.contains(endpoint)) {
            missing.add(endpoint + "   (" + mapping.getValue().getBeanType().getName() + "#"
                + mapping.getValue().getMethod().getName() + ")");
          }
        }
      }
    }
    assertThat(missing).as("endpoints without a row in src/test/resources" + TABLE + "; add a line "
        + "METHOD;/path/{template};request;body;" + String.join(";", Stream.of(Caller.values())
            .map(c -> c.name().toLowerCase(java.util.Locale.ROOT)).toList())).isEmpty();
    List<String> stale = rows.stream().filter(r -> !mapped.contains(r))
        .filter(r -> !r.contains(" /engine-rest") && !r.contains(" /camunda/")).toList();
    assertThat(stale).as("rows in " + TABLE + " for endpoints that no longer exist").isEmpty();
  }

  @TestFactory
  Stream<DynamicTest> everyRowForEveryCaller() throws IOException {
    List<Row> rows = rows();
    List<DynamicTest> tests = new ArrayList<>();
    for (Row row : rows) {
      for (Caller caller : Caller.values()) {
        String expected = row.expected().get(caller);
        if (expected.equals("-")) {
          continue;
        }
        tests.add(DynamicTest.dynamicTest("line " + row.line() + ": " + row.name() + " as " + caller + " → "
            + expected, () -> {
              FromAddress.Response answer = call(row, caller);
              assertThat(String.valueOf(answer.status())).as(row.name() + " as " + caller + " ("
                  + caller.username + "): " + abbreviate(answer.body())).isEqualTo(expected);
              // ours are problem details; Camunda's own engine REST errors keep its {type, message} JSON
              if (answer.status() >= 400 && row.endpoint().startsWith("/api/")) {
                assertThat(answer.header("Content-Type")).as(row.name() + " as " + caller)
                    .startsWith("application/problem+json");
              }
            }));
      }
    }
    if (Boolean.getBoolean("matrix.record")) {
      tests.add(DynamicTest.dynamicTest("record observed answers", () -> record(rows)));
    }
    System.out.println("authorization matrix: " + rows.size() + " rows, " + tests.size() + " cells");
    return tests.stream();
  }

  private void record(List<Row> rows) throws IOException {
    List<String> lines = new ArrayList<>();
    for (Row row : rows) {
      StringBuilder line = new StringBuilder(row.method() + ";" + row.endpoint() + ";"
          + (row.request().equals(row.endpoint()) ? "=" : row.request()) + ";" + row.body());
      for (Caller caller : Caller.values()) {
        line.append(';').append(caller.address == null ? "-" : String.valueOf(call(row, caller).status()));
      }
      lines.add(line.toString());
    }
    Files.write(Path.of("target/authorization-matrix.observed.csv"), lines);
  }

  private FromAddress.Response call(Row row, Caller caller) {
    String path = resolve(row.request(), caller); // first: the MTX fixture creates the acting head's account
    FromAddress client = client(caller);
    String contentType = null;
    String body = null;
    if (!row.body().equals("none")) {
      int colon = row.body().indexOf(':');
      contentType = switch (row.body().substring(0, colon)) {
        case "json" -> "application/json";
        case "csv" -> "text/csv";
        case "form" -> "application/x-www-form-urlencoded";
        default -> throw new IllegalArgumentException("body kind of line " + row.line());
      };
      body = resolve(row.body().substring(colon + 1), caller).replace("\\n", "\n");
    }
    // the webapps and the portal share one session login (decision 64); the portal's forms need its CSRF token
    boolean portal = row.endpoint().equals("/") || row.endpoint().startsWith("/app");
    boolean session = row.endpoint().startsWith("/camunda/") || portal;
    String authorization = session || caller.username == null ? null : FromAddress.basic(caller.username, PASSWORD);
    Map<String, String> headers = new LinkedHashMap<>();
    if (portal && !row.method().equals("GET") && caller.username != null) {
      String token = client.portalCsrfToken();
      if (token != null) {
        headers.put("X-CSRF-TOKEN", token);
      }
    }
    return client.send(row.method(), path, authorization, contentType, body, headers);
  }

  private synchronized FromAddress client(Caller caller) {
    return clients.computeIfAbsent(caller, c -> {
      FromAddress client = new FromAddress(c.address, port);
      if (c.username != null) {
        FromAddress.Response login = client.webappLogin(c.username, PASSWORD);
        assertThat(login.status()).as("webapp login of " + c.username).isEqualTo(200);
      }
      return client;
    });
  }

  private String resolve(String template, Caller caller) {
    String resolved = template;
    for (Map.Entry<String, String> value : (caller == Caller.ACTING_HEAD ? actingFixture() : fixture()).entrySet()) {
      resolved = resolved.replace("{" + value.getKey() + "}", value.getValue());
    }
    return resolved;
  }

  private synchronized Map<String, String> fixture() {
    if (fixture == null) {
      long cycle = openCycle("\"year\":2027,\"cadence\":\"QUARTERLY\",\"unitCode\":\"DINKES-YANKES\"");
      List<Integer> skps = JsonPath.read(get("budi", "/api/v1/skp?year=2027", null).getBody(),
          "$[?(@.revision == 0)].id");
      String skp = String.valueOf(skps.get(0));
      String task = Pause.until(() -> tasks.createTaskQuery().processInstanceBusinessKey("skp-" + skp)
          .taskAssignee("budi").taskDefinitionKey("SusunSkp").singleResult(), Objects::nonNull,
          Pause.BACKGROUND_WORK, "no SusunSkp task for budi").getId();
      fixture = new LinkedHashMap<>();
      fixture.put("cycle", String.valueOf(cycle));
      fixture.put("skp", skp);
      fixture.put("task", task);
      fixture.put("nip", "197502182000011005");
      fixture.put("unit", "DINKES-YANKES-PRIMER");
      fixture.put("missing", "987654321");
    }
    return fixture;
  }

  /**
   * MTX: the Seksi's head post is vacant and the Dinas's analyst is its Plt. from today for a month; the Seksi's staff
   * member has a DRAFT SKP of 2027 and his SusunSkp task.
   */
  private synchronized Map<String, String> actingFixture() {
    if (actingFixture == null) {
      created(postCsv("hr", "/api/v1/units/import", """
          kode,nama,tingkat,induk_kode
          MTX,Pemerintah Kabupaten Uji Matriks,PEMDA,
          MTX-DINAS,Dinas Uji Matriks,OPD,MTX
          MTX-SEKSI,Seksi Uji Matriks,SEKSI,MTX-DINAS
          """).getStatusCode().value());
      created(postCsv("hr", "/api/v1/positions/import", """
          kode,nama,jenis,unit_kode,kepala
          MTX-SEKDA,Sekretaris Daerah Uji Matriks,JPT,MTX,true
          MTX-KADIS,Kepala Dinas Uji Matriks,JPT,MTX-DINAS,true
          MTX-KASI,Kepala Seksi Uji Matriks,PENGAWAS,MTX-SEKSI,true
          MTX-ANALIS,Analis Kebijakan,FUNGSIONAL,MTX-DINAS,false
          MTX-STAF,Pengadministrasi Umum,PELAKSANA,MTX-SEKSI,false
          """).getStatusCode().value());
      created(postCsv("hr", "/api/v1/employees/import", """
          nip,nama,jenis,unit_kode,jabatan_kode,email,username
          197101012000011090,Sekda Uji Matriks,PNS,MTX,MTX-SEKDA,mtx.sekda@x.go.id,mtx.sekda
          197601012003011091,Kadis Uji Matriks,PNS,MTX-DINAS,MTX-KADIS,mtx.kadis@x.go.id,mtx.kadis
          198201012008011092,Analis Plt Seksi,PNS,MTX-DINAS,MTX-ANALIS,mtx.plt@x.go.id,mtx.plt
          198901012015012093,Staf Uji Matriks,PNS,MTX-SEKSI,MTX-STAF,mtx.staf@x.go.id,mtx.staf
          """).getStatusCode().value());
      for (String username : List.of("mtx.sekda", "mtx.kadis", "mtx.plt", "mtx.staf")) {
        org.camunda.bpm.engine.identity.User user = identityService.createUserQuery().userId(username).singleResult();
        user.setPassword(PASSWORD);
        identityService.saveUser(user);
      }
      java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Jakarta"));
      created(postJson("hr", "/api/v1/units/MTX-SEKSI/acting-heads", "{\"nip\":\"198201012008011092\","
          + "\"kind\":\"PLT\",\"from\":\"" + today + "\",\"to\":\"" + today.plusMonths(1)
          + "\",\"decree\":\"800/77/2026\"}").getStatusCode().value());
      long cycle = openCycle("\"year\":2027,\"cadence\":\"QUARTERLY\",\"unitCode\":\"MTX-SEKSI\"");
      List<Integer> skps = JsonPath.read(get("mtx.staf", "/api/v1/skp?year=2027", null).getBody(),
          "$[?(@.revision == 0)].id");
      String skp = String.valueOf(skps.get(0));
      String task = Pause.until(() -> tasks.createTaskQuery().processInstanceBusinessKey("skp-" + skp)
          .taskAssignee("mtx.staf").taskDefinitionKey("SusunSkp").singleResult(), Objects::nonNull,
          Pause.BACKGROUND_WORK, "no SusunSkp task for mtx.staf").getId();
      actingFixture = new LinkedHashMap<>();
      actingFixture.put("cycle", String.valueOf(cycle));
      actingFixture.put("skp", skp);
      actingFixture.put("task", task);
      actingFixture.put("nip", "198901012015012093");
      actingFixture.put("unit", "MTX-SEKSI");
      actingFixture.put("missing", "987654321");
    }
    return actingFixture;
  }

  private static void created(int status) {
    assertThat(status).as("building the MTX government").isBetween(200, 201);
  }

  static List<Row> rows() throws IOException {
    try (InputStream in = AuthorizationMatrixIT.class.getResourceAsStream(TABLE)) {
      List<Row> rows = new ArrayList<>();
      String[] lines = new String(Objects.requireNonNull(in, TABLE).readAllBytes(), StandardCharsets.UTF_8)
          .split("\n");
      for (int i = 0; i < lines.length; i++) {
        String text = lines[i].strip();
        if (text.isEmpty() || text.startsWith("#")) {
          continue;
        }
        String[] cells = text.split(";", -1);
        int roles = Caller.values().length;
        if (cells.length != 4 + roles) {
          throw new IllegalStateException(TABLE + " line " + (i + 1) + ": " + cells.length + " cells, expected "
              + (4 + roles) + ": " + text);
        }
        Map<Caller, String> expected = new EnumMap<>(Caller.class);
        for (Caller caller : Caller.values()) {
          String cell = cells[4 + caller.ordinal()].strip();
          if (!cell.matches("[1-5][0-9][0-9]|-") || (caller.address == null && !cell.equals("-"))) {
            throw new IllegalStateException(TABLE + " line " + (i + 1) + ", " + caller + ": '" + cell + "'");
          }
          expected.put(caller, cell);
        }
        String endpoint = cells[1].strip();
        String request = cells[2].strip().equals("=") ? endpoint : cells[2].strip();
        rows.add(new Row(i + 1, cells[0].strip(), endpoint, request, cells[3].strip(), expected));
      }
      return rows;
    }
  }

  private static String abbreviate(String body) {
    return body == null ? "" : body.length() > 300 ? body.substring(0, 300) + "…" : body;
  }
}

package id.kinerja.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.kinerja.support.FromAddress;
import id.kinerja.support.PostgresIntegrationTest;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * Item 4 of issue 20: walks the OpenAPI document and sends every write endpoint malformed JSON, wrong types, missing
 * and unknown fields, 1 MB strings, boundary numbers, impossible dates, unknown enum values, wrong content types
 * and empty bodies, as HR and as an employee. Every answer must be a 4xx {@code application/problem+json} with an
 * Indonesian title, and no table of ours may have gained or lost a row. Its own context (API docs on, its own
 * database): the shared one runs the production default, API docs off. Closed after the class.
 */
// Camunda keeps state in statics: engines by name ("default" must stay the shared context's, engine REST looks it up
// there) and the webapps' lazily initialised filters (the last context started wins), so this context has its own
// engine name and no webapps
@TestPropertySource(properties = {"kinerja.api-docs.enabled=true", "camunda.bpm.process-engine-name=badinputwalk",
    "camunda.bpm.webapp.enabled=false"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class BadInputWalkIT extends PostgresIntegrationTest {

  private static final String MEGABYTE = "x".repeat(1024 * 1024);
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  @Autowired
  DataSource dataSource;

  @LocalServerPort
  int port;

  private final ObjectMapper json = new ObjectMapper();
  private JsonNode schemas;

  /** One bad request and what came back. */
  record Sent(String operation, String kind, int status, String contentType, String title, String body) {
  }

  @Test
  void everyWriteEndpointRefusesEveryKindOfBadInputWithIndonesianProblemDetails() throws Exception {
    JsonNode api = json.readTree(get(null, "/v3/api-docs", null).getBody());
    schemas = api.path("components").path("schemas");
    Map<String, Long> before = rowCounts();
    Set<String> titles = indonesianTitles();
    List<Sent> sent = new ArrayList<>();
    int operations = 0;

    for (Iterator<Map.Entry<String, JsonNode>> paths = api.path("paths").fields(); paths.hasNext(); ) {
      Map.Entry<String, JsonNode> path = paths.next();
      for (String method : List.of("post", "put", "patch", "delete")) {
        JsonNode operation = path.getValue().get(method);
        if (operation == null) {
          continue;
        }
        operations++;
        String target = path.getKey().replaceAll("\\{[^}]+}", "1");
        if (target.contains("/surveys/1")) {
          target = target.replace("/surveys/1", "/surveys/DINKES-YANKES-PRIMER");
        }
        if (target.startsWith("/api/v1/skp/1")) {
          target = target.replace("/api/v1/skp/1", "/api/v1/skp/" + Long.MAX_VALUE);
        }
        String name = method.toUpperCase() + " " + path.getKey();
        JsonNode content = operation.path("requestBody").path("content");
        for (String user : path.getKey().startsWith("/api/v1/public/") ? List.of("") : List.of("hr", "budi")) {
          FromAddress client = new FromAddress(user.equals("hr") ? "127.0.0.71" : "127.0.0.72", port);
          String auth = user.isEmpty() ? null : FromAddress.basic(user, PASSWORD);
          for (Map.Entry<String, String> bad : badInputs(content).entrySet()) {
            String[] typeAndBody = bad.getValue().split("\u0000", 2);
            FromAddress.Response answer = client.send(method.toUpperCase(), target, auth,
                typeAndBody[0].isEmpty() ? null : typeAndBody[0], typeAndBody.length > 1 ? typeAndBody[1] : null);
            sent.add(new Sent(name + " as " + (user.isEmpty() ? "anonymous" : user), bad.getKey(), answer.status(),
                answer.header("Content-Type"), title(answer.body()), answer.body()));
          }
        }
      }
    }

    System.out.println("bad-input walk: " + operations + " write operations, " + sent.size() + " bad requests");
    Map<Integer, Long> byStatus = sent.stream().collect(Collectors.groupingBy(Sent::status, TreeMap::new,
        Collectors.counting()));
    System.out.println("bad-input walk answers by status: " + byStatus);
    assertThat(operations).isGreaterThanOrEqualTo(20);
    List<String> wrong = new ArrayList<>();
    for (Sent s : sent) {
      boolean ok = s.status() >= 400 && s.status() < 500 && s.contentType() != null
          && s.contentType().startsWith("application/problem+json") && titles.contains(s.title());
      if (!ok) {
        wrong.add(s.operation() + " [" + s.kind() + "] → " + s.status() + " " + s.contentType() + " "
            + (s.body() == null ? "" : s.body().substring(0, Math.min(240, s.body().length()))));
      }
    }
    assertThat(wrong).as("answers that are not a 4xx problem+json in Indonesian").isEmpty();
    assertThat(rowCounts()).as("rows per table after the walk").isEqualTo(before);
  }

  /** Kind of bad input → "content type NUL body". */
  private Map<String, String> badInputs(JsonNode content) throws Exception {
    Map<String, String> bad = new LinkedHashMap<>();
    bad.put("empty body, no content type", "\u0000");
    bad.put("wrong content type", "application/xml\u0000<skp/>");
    bad.put("text/plain", "text/plain\u0000halo");
    if (content.has("application/json")) {
      JsonNode schema = resolve(content.path("application/json").path("schema"));
      String j = "application/json\u0000";
      bad.put("empty JSON body", j);
      bad.put("malformed JSON", j + "{\"a\":");
      bad.put("two documents", j + "{} {}");
      bad.put("JSON null", j + "null");
      bad.put("JSON string", j + "\"x\"");
      bad.put("JSON number", j + "1e999999");
      bad.put("nested 10000 deep", j + "[".repeat(10000) + "]".repeat(10000));
      bad.put("missing fields", j + (schema.path("type").asText().equals("array") ? "[{}]" : "{}"));
      bad.put("array for object", j + "[]");
      JsonNode sample = sample(schema, 0);
      if (sample instanceof ObjectNode object) {
        ObjectNode unknown = object.deepCopy();
        unknown.put("tidakDikenal", 1);
        bad.put("unknown field", j + unknown);
      }
      for (Mutation m : mutations(schema, sample, "")) {
        bad.put(m.kind(), j + m.body());
      }
    }
    for (String table : List.of("text/csv", "text/plain")) {
      if (content.has(table) && !content.has("application/json")) {
        bad.put(table + " empty", table + "\u0000");
        bad.put(table + " header only", table + "\u0000kode,nama\n");
        bad.put(table + " binary", table + "\u0000\u0001\u0002\u00ff\u00fe" + "\u0000".repeat(3));
        bad.put(table + " 1 MB cell", table + "\u0000nip,nama\n" + MEGABYTE + ",x\n");
        bad.put(table + " unbalanced quote", table + "\u0000nip,nama\n\"1,x\n");
        bad.put("json to a table import", "application/json\u0000{}");
      }
    }
    if (content.has("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")) {
      bad.put("xlsx that is no zip", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\u0000PK nope");
    }
    if (content.has("multipart/form-data")) {
      bad.put("multipart without boundary", "multipart/form-data\u0000--x\r\n");
      bad.put("multipart truncated", "multipart/form-data; boundary=b\u0000--b\r\nContent-Disposition: form-data; "
          + "name=\"nilai\"\r\n\r\n1");
      bad.put("multipart empty", "multipart/form-data; boundary=b\u0000--b--\r\n");
    }
    return bad;
  }

  record Mutation(String kind, String body) {
  }

  /** One mutation per property (depth ≤ 2): wrong type, 1 MB text, boundary numbers, impossible dates, enums. */
  private List<Mutation> mutations(JsonNode schema, JsonNode sample, String prefix) {
    List<Mutation> found = new ArrayList<>();
    if (!(sample instanceof ObjectNode object)) {
      if (sample instanceof ArrayNode array && array.size() == 1) {
        for (Mutation m : mutations(resolve(schema.path("items")), array.get(0), prefix + "[0]")) {
          found.add(new Mutation(m.kind(), "[" + m.body() + "]"));
        }
      }
      return found;
    }
    for (Iterator<Map.Entry<String, JsonNode>> props = resolve(schema).path("properties").fields();
        props.hasNext(); ) {
      Map.Entry<String, JsonNode> prop = props.next();
      JsonNode p = resolve(prop.getValue());
      String field = prefix + prop.getKey();
      String type = p.path("type").asText();
      List<Map.Entry<String, JsonNode>> values = new ArrayList<>();
      values.add(Map.entry("wrong type", switch (type) {
        case "string" -> NODES.objectNode();
        case "integer", "number" -> NODES.textNode("abc");
        case "boolean" -> NODES.textNode("ya");
        case "array" -> NODES.textNode("x");
        default -> NODES.arrayNode().add(1);
      }));
      values.add(Map.entry("null", NODES.nullNode()));
      if (type.equals("string") && !p.has("enum") && !p.has("format")) {
        values.add(Map.entry("1 MB text", NODES.textNode(MEGABYTE)));
        values.add(Map.entry("NUL in text", NODES.textNode("a\u0000b")));
        values.add(Map.entry("blank text", NODES.textNode("   ")));
      }
      if (p.has("enum")) {
        values.add(Map.entry("unknown enum value", NODES.textNode("TIDAK_ADA")));
        values.add(Map.entry("enum in lower case with spaces", NODES.textNode(" " + p.path("enum").get(0).asText()
            .toLowerCase() + " ")));
      }
      if (p.path("format").asText().startsWith("date")) {
        values.add(Map.entry("impossible date", NODES.textNode("2026-02-30")));
        values.add(Map.entry("month 13", NODES.textNode("2026-13-01")));
        values.add(Map.entry("year 0", NODES.textNode("0000-01-01")));
        values.add(Map.entry("far future", NODES.textNode("+999999999-12-31")));
        values.add(Map.entry("date as number", NODES.numberNode(20260301)));
      }
      if (type.equals("integer") || type.equals("number")) {
        values.add(Map.entry("negative", NODES.numberNode(-1)));
        values.add(Map.entry("zero", NODES.numberNode(0)));
        values.add(Map.entry("above int", NODES.numberNode(2147483648L)));
        values.add(Map.entry("above long", NODES.numberNode(new java.math.BigInteger("9223372036854775808"))));
        values.add(Map.entry("huge exponent", NODES.numberNode(new java.math.BigDecimal("1E+400"))));
        values.add(Map.entry("tiny fraction", NODES.numberNode(new java.math.BigDecimal("1E-400"))));
        values.add(Map.entry("fraction for integer", NODES.numberNode(1.5)));
      }
      if (type.equals("array")) {
        values.add(Map.entry("array of 10000", manyOf(resolve(p.path("items")))));
        values.add(Map.entry("array with null", NODES.arrayNode().addNull()));
      }
      for (Map.Entry<String, JsonNode> value : values) {
        ObjectNode copy = object.deepCopy();
        copy.set(prop.getKey(), value.getValue());
        found.add(new Mutation(field + ": " + value.getKey(), copy.toString()));
      }
      if (prefix.chars().filter(c -> c == '.').count() < 2 && object.get(prop.getKey()) != null
          && (object.get(prop.getKey()).isObject() || object.get(prop.getKey()).isArray())) {
        for (Mutation m : mutations(p, object.get(prop.getKey()), field + ".")) {
          ObjectNode copy = object.deepCopy();
          try {
            copy.set(prop.getKey(), json.readTree(m.body()));
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
          found.add(new Mutation(m.kind(), copy.toString()));
        }
      }
    }
    return found;
  }

  private ArrayNode manyOf(JsonNode items) {
    ArrayNode many = NODES.arrayNode();
    JsonNode one = sample(items, 1);
    for (int i = 0; i < 10000; i++) {
      many.add(one);
    }
    return many;
  }

  /** A plausible value for a schema: the shape right, the content made up. */
  private JsonNode sample(JsonNode schema, int depth) {
    JsonNode s = resolve(schema);
    if (s.has("enum")) {
      return NODES.textNode(s.path("enum").get(0).asText());
    }
    return switch (s.path("type").asText()) {
      case "string" -> switch (s.path("format").asText()) {
        case "date" -> NODES.textNode("2026-03-01");
        case "date-time" -> NODES.textNode("2026-03-01T08:00:00Z");
        default -> NODES.textNode("uji");
      };
      case "integer" -> NODES.numberNode(1);
      case "number" -> NODES.numberNode(1);
      case "boolean" -> NODES.booleanNode(true);
      case "array" -> depth > 3 ? NODES.arrayNode() : NODES.arrayNode().add(sample(s.path("items"), depth + 1));
      default -> {
        ObjectNode object = NODES.objectNode();
        if (depth <= 3) {
          s.path("properties").fields().forEachRemaining(p -> object.set(p.getKey(), sample(p.getValue(),
              depth + 1)));
        }
        yield object;
      }
    };
  }

  private JsonNode resolve(JsonNode schema) {
    String ref = schema.path("$ref").asText("");
    if (ref.startsWith("#/components/schemas/")) {
      return schemas.path(ref.substring("#/components/schemas/".length()));
    }
    return schema;
  }

  private String title(String body) {
    try {
      return json.readTree(body).path("title").asText(null);
    } catch (Exception e) {
      return null;
    }
  }

  private static Set<String> indonesianTitles() {
    ResourceBundle id = ResourceBundle.getBundle("messages", java.util.Locale.forLanguageTag("id"));
    return id.keySet().stream().filter(k -> k.startsWith("problem.title.")).map(id::getString)
        .collect(Collectors.toSet());
  }

  /** Rows of every table of ours (not the engine's act_*): a refused request stores and removes nothing. */
  private Map<String, Long> rowCounts() {
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    Map<String, Long> counts = new TreeMap<>();
    for (String table : jdbc.queryForList("select table_name from information_schema.tables where table_schema = "
        + "current_schema() and table_type = 'BASE TABLE' and table_name not like 'act\\_%' "
        + "and table_name <> 'kinerja_schema_history'", String.class)) {
      counts.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
    }
    return counts;
  }
}

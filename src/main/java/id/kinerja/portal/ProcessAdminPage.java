package id.kinerja.portal;

import id.kinerja.admin.DeploymentGate;
import id.kinerja.admin.InstanceModifications;
import id.kinerja.admin.ModelDiff;
import id.kinerja.admin.ModelResource;
import id.kinerja.admin.ProcessMigrations;
import id.kinerja.admin.ProcessVersions;
import id.kinerja.common.ApiException;
import id.kinerja.common.ValidationFailedException;
import id.kinerja.common.Violation;
import id.kinerja.security.CurrentUser;
import id.kinerja.security.EditorContentSecurityPolicy;
import id.kinerja.security.KinerjaUser;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code /app/admin/proses} (HR only, decision 92): every process, decision and form with its versions (who, when,
 * why, running instances), and the actions — edit in the browser editors, deploy (through the same
 * {@link DeploymentGate} as the desktop Modeler and the API), compare, roll back, migrate running instances, move one
 * instance's token (instance modification). Everything goes through the admin module's services; the editors' script
 * reads files and deploys here because the portal's session and CSRF token are what the browser has.
 */
@Controller
class ProcessAdminPage {

  private static final String BASE = "/app/admin/proses";

  private final CurrentUser currentUser;
  private final ProcessVersions versions;
  private final DeploymentGate gate;
  private final ProcessMigrations migrations;
  private final InstanceModifications modifications;

  ProcessAdminPage(CurrentUser currentUser, ProcessVersions versions, DeploymentGate gate,
      ProcessMigrations migrations, InstanceModifications modifications) {
    this.currentUser = currentUser;
    this.versions = versions;
    this.gate = gate;
    this.migrations = migrations;
    this.modifications = modifications;
  }

  @GetMapping(BASE)
  String list(Model model) {
    KinerjaUser user = HrPage.requireHr(currentUser);
    Map<ProcessVersions.Type, List<ProcessVersions.Definition>> byType = new LinkedHashMap<>();
    for (ProcessVersions.Type type : ProcessVersions.Type.values()) {
      byType.put(type, new ArrayList<>());
    }
    versions.all(user).forEach(d -> byType.get(d.type()).add(d));
    model.addAttribute("groups", byType);
    return "portal/admin-proses";
  }

  @GetMapping(BASE + "/{type}/{key}/ubah")
  String editor(@PathVariable String type, @PathVariable String key, @RequestParam(name = "versi") int version,
      Model model, HttpServletResponse response) {
    HrPage.requireHr(currentUser);
    // the editors render style attributes (decision 94); Spring Security keeps a policy the page has set
    response.setHeader(EditorContentSecurityPolicy.HEADER, EditorContentSecurityPolicy.POLICY);
    ProcessVersions.Type kind = ProcessVersions.type(type);
    ModelResource file = versions.file(kind, key, version);
    model.addAttribute("type", kind);
    model.addAttribute("key", key);
    model.addAttribute("version", version);
    model.addAttribute("fileName", file.name().substring(file.name().lastIndexOf('/') + 1));
    model.addAttribute("bundle", switch (kind) {
      case PROCESS -> "bpmn-editor";
      case DECISION -> "dmn-editor";
      case FORM -> "form-editor";
    });
    return "portal/admin-editor";
  }

  @GetMapping(BASE + "/{type}/{key}/versi/{version}/berkas")
  ResponseEntity<byte[]> file(@PathVariable String type, @PathVariable String key, @PathVariable int version) {
    HrPage.requireHr(currentUser);
    ModelResource file = versions.file(ProcessVersions.type(type), key, version);
    return ResponseEntity.ok().contentType(file.type() == ModelResource.Type.FORM ? MediaType.APPLICATION_JSON
        : MediaType.APPLICATION_XML).body(file.bytes());
  }

  /** The editors' deploy: the gate's answer as JSON, its refusal as problem details (PortalAdvice). */
  @PostMapping(path = BASE + "/deploy", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  @ResponseBody
  @Hidden // the portal's, not the API's (that is /api/v1/admin/deployments)
  Map<String, Object> deploy(@RequestPart(name = "files", required = false) List<MultipartFile> files,
      @RequestParam(name = "reason", required = false) String reason,
      @RequestParam(name = "name", required = false) String name) {
    KinerjaUser user = HrPage.requireHr(currentUser);
    if (reason == null || reason.isBlank()) {
      // the desktop Modeler's fallback (the deployment name as the reason) is not the editors': they ask for one
      throw new ValidationFailedException("deployment.invalid",
          List.of(Violation.of("reason", "deployment.reason-required")));
    }
    List<ModelResource> resources = new ArrayList<>();
    for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
      String fileName = file.getOriginalFilename();
      if (fileName == null || fileName.isBlank()) {
        throw ApiException.badRequest("deployment.file-name-required");
      }
      try {
        resources.add(new ModelResource(fileName, file.getBytes()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    DeploymentGate.Result result = gate.deploy(new DeploymentGate.Command(
        name == null || name.isBlank() ? "kinerja-editor" : name, "kinerja-editor", reason, true, false, null, null,
        resources), user);
    List<Map<String, Object>> definitions = new ArrayList<>();
    var deployment = result.deployment();
    if (deployment.getDeployedProcessDefinitions() != null) {
      deployment.getDeployedProcessDefinitions().forEach(d -> definitions.add(Map.of("type", "PROCESS",
          "key", d.getKey(), "version", d.getVersion())));
    }
    if (deployment.getDeployedDecisionDefinitions() != null) {
      deployment.getDeployedDecisionDefinitions().forEach(d -> definitions.add(Map.of("type", "DECISION",
          "key", d.getKey(), "version", d.getVersion())));
    }
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("id", deployment.getId());
    answer.put("created", result.created());
    answer.put("reason", result.reason());
    answer.put("definitions", definitions);
    answer.put("changes", result.changes());
    return answer;
  }

  @GetMapping(BASE + "/{type}/{key}/banding")
  String compare(@PathVariable String type, @PathVariable String key, @RequestParam(name = "dari") int from,
      @RequestParam(name = "ke") int to, Model model, HttpServletResponse response) {
    KinerjaUser user = HrPage.requireHr(currentUser);
    ProcessVersions.Type kind = ProcessVersions.type(type);
    ModelDiff.Summary diff = versions.compare(kind, key, from, to, user);
    model.addAttribute("type", kind);
    model.addAttribute("key", key);
    model.addAttribute("from", from);
    model.addAttribute("to", to);
    model.addAttribute("diff", diff);
    if (kind == ProcessVersions.Type.PROCESS) {
      // both diagrams with the changes marked (bpmn-js renders style attributes, decision 94)
      response.setHeader(EditorContentSecurityPolicy.HEADER, EditorContentSecurityPolicy.POLICY);
      model.addAttribute("changedIds", diff.changed().stream().map(ModelDiff.ChangedElement::id).toList());
    }
    return "portal/admin-banding";
  }

  @PostMapping(BASE + "/{type}/{key}/versi/{version}/kembalikan")
  String rollBack(@PathVariable String type, @PathVariable String key, @PathVariable int version,
      @RequestParam(name = "reason", required = false) String reason) {
    KinerjaUser user = HrPage.requireHr(currentUser);
    versions.rollBack(ProcessVersions.type(type), key, version, reason, user);
    return "redirect:" + BASE + "?dikembalikan=" + encode(key);
  }

  @GetMapping(BASE + "/PROCESS/{key}/migrasi")
  String preview(@PathVariable String key, @RequestParam(name = "dari") int from,
      @RequestParam(name = "ke", required = false) Integer to, Model model) {
    KinerjaUser user = HrPage.requireHr(currentUser);
    model.addAttribute("preview", migrations.preview(key, from, to, user));
    return "portal/admin-migrasi";
  }

  @PostMapping(BASE + "/PROCESS/{key}/migrasi")
  String migrate(@PathVariable String key, @RequestParam(name = "dari") int from,
      @RequestParam(name = "ke") int to, @RequestParam(name = "reason", required = false) String reason) {
    KinerjaUser user = HrPage.requireHr(currentUser);
    ProcessMigrations.Started started = migrations.migrate(key, from, to, reason, user);
    return "redirect:" + BASE + "/migrasi/" + encode(started.batchId());
  }

  @GetMapping(BASE + "/migrasi/{batchId}")
  String progress(@PathVariable String batchId, Model model) {
    KinerjaUser user = HrPage.requireHr(currentUser);
    model.addAttribute("progress", migrations.progress(batchId, user));
    return "portal/admin-migrasi-progres";
  }

  @GetMapping(BASE + "/PROCESS/{key}/versi/{version}/instans")
  String instances(@PathVariable String key, @PathVariable int version, Model model) {
    KinerjaUser user = HrPage.requireHr(currentUser);
    model.addAttribute("key", key);
    model.addAttribute("version", version);
    model.addAttribute("instances", modifications.running(key, version, user));
    return "portal/admin-instans-daftar";
  }

  @GetMapping(BASE + "/instans/{id}")
  String instance(@PathVariable String id, Model model) {
    KinerjaUser user = HrPage.requireHr(currentUser);
    model.addAttribute("instance", modifications.instance(id, user));
    return "portal/admin-instans";
  }

  @PostMapping(BASE + "/instans/{id}/pindah")
  String move(@PathVariable String id, @RequestParam(name = "dari", required = false) String from,
      @RequestParam(name = "ke", required = false) String to,
      @RequestParam(name = "reason", required = false) String reason) {
    KinerjaUser user = HrPage.requireHr(currentUser);
    modifications.move(id, from, to, reason, user);
    return "redirect:" + BASE + "/instans/" + encode(id) + "?dipindah";
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}

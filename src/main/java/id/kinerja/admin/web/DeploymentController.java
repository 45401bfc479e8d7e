package id.kinerja.admin.web;

import id.kinerja.admin.DeploymentGate;
import id.kinerja.admin.ModelDiff;
import id.kinerja.admin.ModelResource;
import id.kinerja.common.ApiException;
import id.kinerja.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/admin/deployments")
@Tag(name = "Administrasi proses", description = "Deploy BPMN/DMN/forms through the deployment gate (HR)")
class DeploymentController {

  /** The answer of a gated deployment. */
  record DeploymentView(String id, String name, boolean created, String reason, List<Definition> definitions,
      List<ModelDiff.Summary> changes) {
  }

  record Definition(String type, String id, String key, int version) {
  }

  private final DeploymentGate gate;
  private final CurrentUser currentUser;

  DeploymentController(DeploymentGate gate, CurrentUser currentUser) {
    this.gate = gate;
    this.currentUser = currentUser;
  }

  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(summary = "Validates and deploys models (files), with a reason; 422 lists every violation")
  DeploymentView deploy(@RequestPart(name = "files", required = false) List<MultipartFile> files,
      @RequestParam(name = "reason", required = false) String reason,
      @RequestParam(name = "name", required = false) String name) {
    DeploymentGate.requireDeployer(currentUser.get());
    List<ModelResource> resources = new ArrayList<>();
    for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
      if (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()) {
        throw ApiException.badRequest("deployment.file-name-required");
      }
      try {
        resources.add(new ModelResource(file.getOriginalFilename(), file.getBytes()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    DeploymentGate.Result result = gate.deploy(new DeploymentGate.Command(name == null ? "kinerja-admin" : name,
        "kinerja-admin", reason, true, false, null, null, resources), currentUser.get());
    return view(result);
  }

  static DeploymentView view(DeploymentGate.Result result) {
    DeploymentWithDefinitions deployment = result.deployment();
    List<Definition> definitions = new ArrayList<>();
    if (deployment.getDeployedProcessDefinitions() != null) {
      deployment.getDeployedProcessDefinitions().forEach(d -> definitions.add(new Definition("PROCESS", d.getId(),
          d.getKey(), d.getVersion())));
    }
    if (deployment.getDeployedDecisionDefinitions() != null) {
      deployment.getDeployedDecisionDefinitions().forEach(d -> definitions.add(new Definition("DECISION",
          d.getId(), d.getKey(), d.getVersion())));
    }
    return new DeploymentView(deployment.getId(), deployment.getName(), result.created(), result.reason(),
        definitions, result.changes());
  }
}

package id.kinerja.admin;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import id.kinerja.common.ApiException;
import id.kinerja.common.Problems;
import id.kinerja.common.ValidationFailedException;
import id.kinerja.common.Violation;
import id.kinerja.security.CurrentUser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.fileupload.FileItemIterator;
import org.apache.commons.fileupload.FileItemStream;
import org.apache.commons.fileupload.FileUpload;
import org.apache.commons.fileupload.FileUploadBase;
import org.apache.commons.fileupload.FileUploadException;
import org.apache.commons.fileupload.UploadContext;
import org.camunda.bpm.engine.rest.dto.repository.DeploymentWithDefinitionsDto;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * {@code POST /engine-rest/deployment/create} (the desktop Camunda Modeler, any REST client) goes through the
 * {@link DeploymentGate} instead of straight to the engine: the multipart body is read here (Camunda's own
 * parser, commons-fileupload), {@code deployment-reason} is taken out (Camunda refuses fields it does not know),
 * the gate validates, deploys and audits, and the answer is Camunda's deployment JSON. Redeploying a deployment
 * through the engine REST API, and deploying through the webapps' engine API, are refused: they would pass by the
 * gate. Runs after Spring Security and {@code EngineRestGuard}, which already refuse non-HR callers (403).
 */
@Component
@Order(SecurityProperties.DEFAULT_FILTER_ORDER + 6)
class EngineRestDeploymentGate extends OncePerRequestFilter {

  static final String REASON_FIELD = "deployment-reason";
  /** Camunda's fields of deployment/create besides the files. */
  static final List<String> CAMUNDA_FIELDS = List.of("deployment-name", "deployment-source",
      "enable-duplicate-filtering", "deploy-changed-only", "tenant-id", "deployment-activation-time");
  static final long MAX_BYTES = 20L * 1024 * 1024;

  private static final Pattern CREATE = Pattern.compile("/engine-rest(/engine/[^/]+)?/deployment/create/?");
  private static final Pattern REDEPLOY = Pattern.compile("/engine-rest(/engine/[^/]+)?/deployment/[^/]+/redeploy/?");
  private static final Pattern WEBAPP = Pattern.compile(
      "/camunda/api/engine/engine/[^/]+/deployment/(create|[^/]+/redeploy)/?");

  private final DeploymentGate gate;
  private final CurrentUser currentUser;
  private final Problems problems;
  private final LocaleResolver locales;
  private final ObjectMapper json;
  private final ObjectMapper camundaJson;

  EngineRestDeploymentGate(DeploymentGate gate, CurrentUser currentUser, Problems problems, LocaleResolver locales,
      ObjectMapper json) {
    this.gate = gate;
    this.currentUser = currentUser;
    this.problems = problems;
    this.locales = locales;
    this.json = json;
    this.camundaJson = json.copy().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .setDateFormat(new SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ss.SSSZ"));
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    if (!"POST".equals(request.getMethod())) {
      return true;
    }
    String path = path(request);
    return !CREATE.matcher(path).matches() && !REDEPLOY.matcher(path).matches() && !WEBAPP.matcher(path).matches();
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    try {
      if (!CREATE.matcher(path(request)).matches()) {
        throw ApiException.forbidden("deployment.other-door");
      }
      DeploymentGate.requireDeployer(currentUser.get());
      DeploymentGate.Command command = read(request);
      DeploymentGate.Result result = gate.deploy(command, currentUser.get());
      response.setStatus(HttpServletResponse.SC_OK);
      response.setContentType("application/json");
      response.setCharacterEncoding("UTF-8");
      camundaJson.writeValue(response.getOutputStream(), DeploymentWithDefinitionsDto.fromDeployment(
          result.deployment()));
    } catch (ApiException e) {
      write(request, response, e);
    }
  }

  /** The multipart body: files become resources, Camunda's fields the deployment's, {@code deployment-reason}. */
  DeploymentGate.Command read(HttpServletRequest request) throws IOException {
    String contentType = request.getContentType();
    if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
      throw new ValidationFailedException("deployment.invalid",
          List.of(Violation.of("Content-Type", "deployment.multipart-required")));
    }
    Map<String, String> fields = new LinkedHashMap<>();
    List<ModelResource> resources = new ArrayList<>();
    List<Violation> violations = new ArrayList<>();
    FileUpload upload = new FileUpload();
    upload.setSizeMax(MAX_BYTES);
    upload.setHeaderEncoding(StandardCharsets.UTF_8.name());
    try {
      FileItemIterator items = upload.getItemIterator(context(request));
      while (items.hasNext()) {
        FileItemStream item = items.next();
        byte[] bytes;
        try (InputStream in = item.openStream()) {
          bytes = in.readAllBytes();
        }
        if (item.getName() != null && !item.isFormField()) {
          resources.add(new ModelResource(item.getName(), bytes));
        } else if (item.getFieldName().equals(REASON_FIELD) || CAMUNDA_FIELDS.contains(item.getFieldName())) {
          fields.put(item.getFieldName(), new String(bytes, StandardCharsets.UTF_8));
        } else {
          violations.add(Violation.of(item.getFieldName(), "deployment.unknown-field", item.getFieldName()));
        }
      }
    } catch (FileUploadBase.SizeLimitExceededException e) {
      throw new ApiException(HttpStatus.PAYLOAD_TOO_LARGE, "deployment.too-large", MAX_BYTES / (1024 * 1024));
    } catch (FileUploadException e) {
      throw new ValidationFailedException("deployment.invalid",
          List.of(Violation.of("data", "deployment.multipart-broken", String.valueOf(e.getMessage()))));
    }
    Date activation = null;
    String activationText = fields.get("deployment-activation-time");
    if (activationText != null && !activationText.isBlank()) {
      try {
        activation = new SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ss.SSSZ").parse(activationText);
      } catch (java.text.ParseException e) {
        violations.add(Violation.of("deployment-activation-time", "deployment.activation-time", activationText));
      }
    }
    if (!violations.isEmpty()) {
      throw new ValidationFailedException("deployment.invalid", violations);
    }
    return new DeploymentGate.Command(fields.get("deployment-name"), fields.get("deployment-source"),
        fields.get(REASON_FIELD), Boolean.parseBoolean(fields.get("enable-duplicate-filtering")),
        Boolean.parseBoolean(fields.get("deploy-changed-only")), fields.get("tenant-id"), activation, resources);
  }

  private static UploadContext context(HttpServletRequest request) {
    return new UploadContext() {
      @Override
      public long contentLength() {
        return request.getContentLengthLong();
      }

      @Override
      public String getCharacterEncoding() {
        return request.getCharacterEncoding();
      }

      @Override
      public String getContentType() {
        return request.getContentType();
      }

      @Override
      @Deprecated
      public int getContentLength() {
        return request.getContentLength();
      }

      @Override
      public InputStream getInputStream() throws IOException {
        return request.getInputStream();
      }
    };
  }

  private void write(HttpServletRequest request, HttpServletResponse response, ApiException e) throws IOException {
    Locale locale = locales.resolveLocale(request);
    ProblemDetail problem = problems.create(e.status(), e.messageKey().replace('.', '-'), e.messageKey(), e.args(),
        locale);
    if (e instanceof ValidationFailedException failed) {
      problem.setProperty("errors", problems.describe(failed.violations(), locale));
    }
    problem.setInstance(URI.create(request.getRequestURI()));
    Problems.write(response, problem, json);
  }

  private static String path(HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length());
  }
}

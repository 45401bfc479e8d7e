package id.kinerja.survey.web;

import id.kinerja.common.ApiException;
import id.kinerja.common.Problems;
import id.kinerja.common.ValidationFailedException;
import id.kinerja.organization.OrgUnit;
import id.kinerja.survey.QrCodes;
import id.kinerja.survey.SurveyElement;
import id.kinerja.survey.SurveyRateLimiter;
import id.kinerja.survey.SurveyService;
import id.kinerja.survey.SurveySubmission;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public survey page (no login): the nine elements in Bahasa Indonesia, optional profile and suggestion,
 * then a thank-you page. Posts go through the same {@link SurveyService#submit} and rate limit as the API.
 */
@Controller
class SurveyPageController {

  private static final Locale INDONESIAN = Locale.forLanguageTag("id");

  private final SurveyService surveys;
  private final SurveyRateLimiter rateLimiter;
  private final QrCodes qrCodes;
  private final Problems problems;

  SurveyPageController(SurveyService surveys, SurveyRateLimiter rateLimiter, QrCodes qrCodes, Problems problems) {
    this.surveys = surveys;
    this.rateLimiter = rateLimiter;
    this.qrCodes = qrCodes;
    this.problems = problems;
  }

  @GetMapping("/survei/{unitCode}")
  String form(@PathVariable String unitCode, Model model, HttpServletResponse response) {
    return page(unitCode, model, Map.of(), List.of(), response);
  }

  @PostMapping("/survei/{unitCode}")
  String submit(@PathVariable String unitCode, @RequestParam MultiValueMap<String, String> form,
      HttpServletRequest request, HttpServletResponse response, Model model) {
    Map<String, String> values = form.toSingleValueMap();
    if (!rateLimiter.tryAcquire(request.getRemoteAddr())) {
      response.setStatus(429);
      return page(unitCode, model, values, List.of(problems.message("survey.rate-limited", new Object[0],
          INDONESIAN)), response);
    }
    Map<String, Object> answers = new LinkedHashMap<>();
    for (SurveyElement element : SurveyElement.values()) {
      String value = values.get(element.name());
      if (value != null) {
        answers.put(element.name(), value.matches("[1-4]") ? Integer.valueOf(value) : value);
      }
    }
    Map<String, Object> profile = new HashMap<>();
    for (String key : List.of("ageGroup", "sex", "education", "occupation")) {
      String value = values.get(key);
      if (value != null && !value.isBlank()) {
        profile.put(key, value);
      }
    }
    try {
      surveys.submit(unitCode, new SurveySubmission(answers, profile, values.get("suggestion"), values.get("token")));
      return "redirect:/survei/" + unitCode + "/terima-kasih";
    } catch (ValidationFailedException e) {
      rateLimiter.release(request.getRemoteAddr()); // invalid posts do not use up the quota
      response.setStatus(400);
      List<String> errors = new ArrayList<>();
      problems.describe(e.violations(), INDONESIAN).forEach(v -> errors.add(String.valueOf(v.get("message"))));
      return page(unitCode, model, values, errors, response);
    }
  }

  @GetMapping("/survei/{unitCode}/terima-kasih")
  String thanks(@PathVariable String unitCode, Model model, HttpServletResponse response) {
    OrgUnit unit = unit(unitCode, response);
    if (unit == null) {
      return "survei/tidak-ditemukan";
    }
    model.addAttribute("unitName", unit.getName());
    model.addAttribute("unitCode", unit.getCode());
    return "survei/terima-kasih";
  }

  @GetMapping("/api/v1/surveys/{unitCode}/poster")
  @PreAuthorize("hasRole('HR')")
  String poster(@PathVariable String unitCode, Model model) {
    OrgUnit unit = surveys.serviceUnit(unitCode);
    model.addAttribute("unitName", unit.getName());
    model.addAttribute("url", qrCodes.surveyUrl(unit.getCode()));
    model.addAttribute("qr", Base64.getEncoder().encodeToString(qrCodes.surveyPng(unit.getCode(), 600)));
    return "survei/poster";
  }

  private String page(String unitCode, Model model, Map<String, String> values, List<String> errors,
      HttpServletResponse response) {
    OrgUnit unit = unit(unitCode, response);
    if (unit == null) {
      return "survei/tidak-ditemukan";
    }
    model.addAttribute("unitName", unit.getName());
    model.addAttribute("unitCode", unit.getCode());
    model.addAttribute("elements", SurveyElement.values());
    model.addAttribute("values", values);
    model.addAttribute("errors", errors);
    return "survei/form";
  }

  private OrgUnit unit(String unitCode, HttpServletResponse response) {
    try {
      return surveys.serviceUnit(unitCode);
    } catch (ApiException e) {
      response.setStatus(404);
      return null;
    }
  }
}

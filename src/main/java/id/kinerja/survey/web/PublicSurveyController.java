package id.kinerja.survey.web;

import id.kinerja.common.ApiException;
import id.kinerja.survey.SurveyRateLimiter;
import id.kinerja.survey.SurveyService;
import id.kinerja.survey.SurveySubmission;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/public/surveys")
@Tag(name = "Survei (publik)", description = "Anonymous citizen satisfaction survey, no login")
class PublicSurveyController {

  private final SurveyService surveys;
  private final SurveyRateLimiter rateLimiter;

  PublicSurveyController(SurveyService surveys, SurveyRateLimiter rateLimiter) {
    this.surveys = surveys;
    this.rateLimiter = rateLimiter;
  }

  @PostMapping("/{unitCode}")
  @Operation(summary = "Submit one survey response (anonymous)",
      description = "{\"answers\":{\"U1\":4,…,\"U9\":4},\"profile\":{\"ageGroup\":\"30-39\",\"sex\":\"P\","
          + "\"education\":\"SMA\",\"occupation\":\"WIRAUSAHA\"},\"suggestion\":\"…\",\"token\":\"optional\"} → 201. "
          + "Every bad field → 400 naming it, nothing stored. Too many posts per minute from one address → 429.")
  ResponseEntity<Map<String, Object>> submit(@PathVariable String unitCode, @RequestBody SurveySubmission submission,
      HttpServletRequest request) {
    if (!rateLimiter.tryAcquire(request.getRemoteAddr())) {
      throw new ApiException(HttpStatus.TOO_MANY_REQUESTS, "survey.rate-limited");
    }
    Long id;
    try {
      id = surveys.submit(unitCode, submission);
    } catch (ApiException refused) {
      rateLimiter.release(request.getRemoteAddr()); // invalid posts do not use up the quota
      throw refused;
    }
    return ResponseEntity.created(URI.create("/api/v1/public/surveys/" + unitCode + "/" + id))
        .body(Map.of("id", id, "message", "Terima kasih atas penilaian Anda."));
  }
}

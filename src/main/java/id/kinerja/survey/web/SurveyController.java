package id.kinerja.survey.web;

import id.kinerja.security.CurrentUser;
import id.kinerja.survey.IkmView;
import id.kinerja.survey.QrCodes;
import id.kinerja.survey.SurveyService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/surveys/{unitCode}")
@Tag(name = "Survei kepuasan masyarakat", description = "IKM, periods, counter tokens and QR codes")
class SurveyController {

  private final SurveyService surveys;
  private final QrCodes qrCodes;
  private final CurrentUser currentUser;

  SurveyController(SurveyService surveys, QrCodes qrCodes, CurrentUser currentUser) {
    this.surveys = surveys;
    this.qrCodes = qrCodes;
    this.currentUser = currentUser;
  }

  @GetMapping("/ikm")
  @Operation(summary = "IKM of a unit for a period (HR, HEAD, staff of the unit)",
      description = "NRR per element and IKM unrounded; ikmConverted = IKM × 25 rounded half-up to 2 decimals, "
          + "graded A/B/C/D; minimumSample by Krejcie–Morgan from the unit's declared service population. "
          + "A closed period answers its frozen result (frozen=true).")
  IkmView ikm(@PathVariable String unitCode,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
    return surveys.ikm(unitCode, from, to, currentUser.get());
  }

  @PostMapping("/periods")
  @PreAuthorize("hasRole('HR')")
  @Operation(summary = "Close a survey period and freeze its result (HR)")
  IkmView close(@PathVariable String unitCode, @RequestBody PeriodRequest period) {
    return surveys.close(unitCode, period.from(), period.to(), currentUser.get().username());
  }

  @PostMapping("/tokens")
  @PreAuthorize("hasRole('HR')")
  @Operation(summary = "Issue one-time codes for a service counter (HR)")
  Map<String, List<String>> tokens(@PathVariable String unitCode, @RequestBody TokenRequest request) {
    return Map.of("tokens", surveys.issueTokens(unitCode, request.count() == null ? 0 : request.count(),
        currentUser.get().username()));
  }

  @PutMapping("/population")
  @PreAuthorize("hasRole('HR')")
  @Operation(summary = "Declare the population the unit serves per survey period (HR)")
  ResponseEntity<Void> population(@PathVariable String unitCode, @RequestBody PopulationRequest request) {
    surveys.declarePopulation(unitCode, request.population(), currentUser.get().username());
    return ResponseEntity.noContent().build();
  }

  @GetMapping(path = "/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
  @PreAuthorize("hasRole('HR')")
  @Operation(summary = "Printable QR code leading to the unit's public survey page (HR)")
  byte[] qr(@PathVariable String unitCode, @RequestParam(defaultValue = "600") int size) {
    surveys.serviceUnit(unitCode);
    return qrCodes.surveyPng(unitCode, Math.max(200, Math.min(size, 2000)));
  }

  record PeriodRequest(LocalDate from, LocalDate to) {
  }

  record TokenRequest(Integer count) {
  }

  record PopulationRequest(Integer population) {
  }
}

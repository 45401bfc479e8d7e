package id.kinerja.common.web;

import id.kinerja.common.AuditEntry;
import id.kinerja.common.AuditSearch;
import id.kinerja.common.AuditSearch.Filter;
import id.kinerja.common.ValidationFailedException;
import id.kinerja.common.Violation;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Jejak audit", description = "The append-only log of every decision a person took (HR)")
class AuditController {

  static final int MAX_SIZE = 500;
  static final int MAX_FILTER_LENGTH = 200;
  private static final Set<String> PARAMETERS =
      Set.of("action", "subjectType", "subjectId", "actor", "from", "to", "page", "size");

  /** One audit entry as the API shows it. */
  record AuditEntryView(long id, Instant occurredAt, String actor, String action, String subjectType,
      String subjectId, String details) {

    static AuditEntryView of(AuditEntry e) {
      return new AuditEntryView(e.getId(), e.getOccurredAt(), e.getActor(), e.getAction(), e.getSubjectType(),
          e.getSubjectId(), e.getDetails());
    }
  }

  private final AuditSearch search;
  private final Clock clock;

  AuditController(AuditSearch search, Clock clock) {
    this.search = search;
    this.clock = clock;
  }

  @GetMapping
  @PreAuthorize("hasRole('HR')")
  @Operation(summary = "Audit entries, newest first (HR)",
      description = "Filters (all optional, combined): action, subjectType, subjectId, actor (exact), from "
          + "(inclusive) and to (exclusive) as an instant (2026-03-01T08:00:00Z, or with an offset) or a date "
          + "(2026-03-01, the whole day in kinerja.time-zone; to=2026-03-31 includes that day). Paged with page "
          + "(from 0) and size (1–500, default 100); the total is in the X-Total-Count header. Unknown parameters, "
          + "unreadable dates and from after to → 400.")
  ResponseEntity<List<AuditEntryView>> list(HttpServletRequest request,
      @RequestParam(required = false) String action, @RequestParam(required = false) String subjectType,
      @RequestParam(required = false) String subjectId, @RequestParam(required = false) String actor,
      @RequestParam(required = false) String from, @RequestParam(required = false) String to,
      @RequestParam(required = false) String page, @RequestParam(required = false) String size) {
    List<Violation> violations = new ArrayList<>();
    for (String name : Collections.list(request.getParameterNames())) {
      if (!PARAMETERS.contains(name)) {
        violations.add(Violation.of(name, "audit.filter-unknown", name, String.join(", ", PARAMETERS.stream()
            .sorted().toList())));
      }
    }
    String[][] texts = {{"action", action}, {"subjectType", subjectType}, {"subjectId", subjectId},
        {"actor", actor}};
    for (String[] text : texts) {
      if (text[1] != null && (text[1].isBlank() || text[1].length() > MAX_FILTER_LENGTH)) {
        violations.add(Violation.of(text[0], "audit.filter-text", MAX_FILTER_LENGTH));
      }
    }
    Instant start = instant("from", from, false, violations);
    Instant end = instant("to", to, true, violations);
    if (start != null && end != null && !start.isBefore(end)) {
      violations.add(Violation.of("to", "audit.filter-range"));
    }
    int pageNumber = number("page", page, 0, 0, 1_000_000, violations);
    int pageSize = number("size", size, 100, 1, MAX_SIZE, violations);
    if (!violations.isEmpty()) {
      throw new ValidationFailedException("error.invalid-request", violations);
    }
    AuditSearch.Found found = search.search(new Filter(action, subjectType, subjectId, actor, start, end),
        pageNumber, pageSize);
    return ResponseEntity.ok()
        .header("X-Total-Count", String.valueOf(found.total()))
        .body(found.entries().stream().map(AuditEntryView::of).toList());
  }

  /** An instant, or a date meaning the start of that day (from) or the start of the next day (to). */
  private Instant instant(String field, String text, boolean endOfDay, List<Violation> violations) {
    if (text == null) {
      return null;
    }
    try {
      if (text.length() == 10) {
        LocalDate day = LocalDate.parse(text);
        return (endOfDay ? day.plusDays(1) : day).atStartOfDay(clock.getZone()).toInstant();
      }
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeException e) {
      violations.add(Violation.of(field, "audit.filter-date", text.length() > 40 ? text.substring(0, 40) : text));
      return null;
    }
  }

  private static int number(String field, String text, int fallback, int min, int max, List<Violation> violations) {
    if (text == null) {
      return fallback;
    }
    try {
      int value = Integer.parseInt(text);
      if (value >= min && value <= max) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    violations.add(Violation.of(field, "audit.filter-number", min, max));
    return fallback;
  }
}

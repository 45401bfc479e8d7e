package id.kinerja.progress;

import id.kinerja.common.ApiException;
import id.kinerja.common.AuditTrail;
import id.kinerja.common.ValidationFailedException;
import id.kinerja.common.Violation;
import id.kinerja.notification.Notifier;
import id.kinerja.planning.SkpService;
import id.kinerja.planning.SkpStatus;
import id.kinerja.planning.SkpView;
import id.kinerja.security.KinerjaUser;
import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Realisations with evidence: recorded by the owner of an agreed SKP in one short transaction (realisation,
 * evidence and bytes together, or nothing), read by whoever may see the SKP, commented on by the heads above.
 */
@Service
public class RealisationService {

  private final Realisations realisations;
  private final Evidences evidences;
  private final EvidenceContents contents;
  private final RealisationComments comments;
  private final SkpService skps;
  private final Notifier notifier;
  private final AuditTrail audit;
  private final Clock clock;
  private final long maxFileBytes;
  private final int maxFiles;
  private final PeriodLock periodLock;
  private final id.kinerja.organization.PemdaClocks clocks;

  RealisationService(Realisations realisations, Evidences evidences, EvidenceContents contents,
      RealisationComments comments, SkpService skps, Notifier notifier, AuditTrail audit, Clock clock,
      @Value("${kinerja.evidence.max-file-bytes:10485760}") long maxFileBytes,
      @Value("${kinerja.evidence.max-files:10}") int maxFiles, PeriodLock periodLock,
      id.kinerja.organization.PemdaClocks clocks) {
    this.clocks = clocks;
    this.periodLock = periodLock;
    this.realisations = realisations;
    this.evidences = evidences;
    this.contents = contents;
    this.comments = comments;
    this.skps = skps;
    this.notifier = notifier;
    this.audit = audit;
    this.clock = clock;
    this.maxFileBytes = maxFileBytes;
    this.maxFiles = maxFiles;
  }

  @Transactional
  public RealisationView record(long skpId, RealisationInput input, List<UploadedFile> files, String actor) {
    SkpView skp = skps.view(skpId);
    if (!skp.employeeUsername().equals(actor)) {
      throw ApiException.forbidden("realisation.owner-only", skpId);
    }
    if (skp.status() != SkpStatus.AGREED) {
      throw ApiException.conflict("realisation.skp-not-agreed", skpId, skp.status());
    }
    RealisationView valid = validateOnly(skpId, input, actor);
    List<CheckedFile> checked = check(files);
    Realisation saved = realisations.saveAndFlush(new Realisation(skpId, valid.indicatorId(), valid.date(),
        valid.value(), valid.narrative(), valid.description(), clock.instant(), actor));
    for (CheckedFile file : checked) {
      Evidence evidence = evidences.saveAndFlush(new Evidence(saved.getId(), file.name(), file.type(),
          file.content().length, file.sha256(), clock.instant()));
      contents.save(new EvidenceContent(evidence.getId(), file.content()));
    }
    audit.record(actor, "REALISATION_RECORDED", "skp", String.valueOf(skpId),
        "indicator=" + valid.indicatorId() + ", date=" + valid.date() + ", files=" + checked.size());
    return views(List.of(saved)).get(0);
  }

  /** The owner corrects a realisation while its period is not closed; evidence stays as it is. */
  @Transactional
  public RealisationView edit(long skpId, long realisationId, RealisationInput input, String actor) {
    Realisation realisation = realisations.findById(realisationId).filter(r -> r.getSkpId().equals(skpId))
        .orElseThrow(() -> ApiException.notFound("realisation.not-found", realisationId));
    if (periodLock.isClosed(realisation.getSkpId(), realisation.getDate())) {
      throw ApiException.conflict("realisation.period-closed", realisation.getDate());
    }
    RealisationInput corrected = new RealisationInput(realisation.getIndicatorId(), input.date(), input.value(),
        input.narrative(), input.description());
    RealisationView checked = validateOnly(realisation.getSkpId(), corrected, actor);
    realisation.edit(checked.date(), checked.value(), checked.narrative(), checked.description(), clock.instant());
    audit.record(actor, "REALISATION_EDITED", "skp", String.valueOf(realisation.getSkpId()),
        "realisation=" + realisationId);
    return views(List.of(realisations.saveAndFlush(realisation))).get(0);
  }

  /** Runs the checks of {@link #record} without storing; answers the values as they would be stored. */
  private RealisationView validateOnly(long skpId, RealisationInput input, String actor) {
    SkpView skp = skps.view(skpId);
    if (!skp.employeeUsername().equals(actor)) {
      throw ApiException.forbidden("realisation.owner-only", skpId);
    }
    List<Violation> violations = new ArrayList<>();
    SkpView.IndicatorView indicator = indicator(skp, input.indicatorId(), violations);
    // "today" where the employee works (a Sorong realisation dated today is not in the future at 00:30 WIT)
    LocalDate date = date(input.date(), skp.year(), LocalDate.now(clocks.forEmployee(skp.employeeUsername())),
        violations);
    if (date != null && periodLock.isClosed(skpId, date)) {
      violations.add(Violation.of("date", "realisation.period-closed", date));
    }
    checkValues(indicator, input, violations);
    if (!violations.isEmpty()) {
      throw new ValidationFailedException("realisation.invalid", violations);
    }
    return new RealisationView(null, skpId, indicator.id(), date, input.value(), blankToNull(input.narrative()),
        blankToNull(input.description()), null, List.of(), List.of());
  }

  @Transactional(readOnly = true)
  public List<RealisationView> list(long skpId, KinerjaUser user) {
    skps.view(skpId, user);
    return views(realisations.findBySkpIdOrderByDateAscCreatedAtAsc(skpId));
  }

  /** The file and its metadata, for whoever may see the SKP. */
  @Transactional(readOnly = true)
  public Download download(long evidenceId, KinerjaUser user) {
    Evidence evidence = evidences.findById(evidenceId)
        .orElseThrow(() -> ApiException.notFound("evidence.not-found", evidenceId));
    Realisation realisation = realisations.findById(evidence.getRealisationId()).orElseThrow();
    try {
      skps.view(realisation.getSkpId(), user);
    } catch (ApiException e) {
      throw e.status() == HttpStatus.FORBIDDEN ? ApiException.forbidden("evidence.forbidden", evidenceId) : e;
    }
    return new Download(evidence, contents.findById(evidenceId).orElseThrow().getContent());
  }

  public record Download(Evidence evidence, byte[] content) {
  }

  /** A head above the employee comments on a realisation; the employee is notified. */
  @Transactional
  public RealisationView.CommentView comment(long realisationId, String text, KinerjaUser user) {
    Realisation realisation = realisations.findById(realisationId)
        .orElseThrow(() -> ApiException.notFound("realisation.not-found", realisationId));
    SkpView skp = skps.view(realisation.getSkpId(), user);
    if (skp.employeeUsername().equals(user.username()) || !skps.leadsOwnerOf(realisation.getSkpId(), user.username())) {
      throw ApiException.forbidden("realisation.comment-forbidden", realisationId);
    }
    if (text == null || text.isBlank() || text.length() > 4000) {
      throw new ValidationFailedException("realisation.invalid",
          List.of(Violation.of("text", "realisation.comment-text", 4000)));
    }
    RealisationComment comment = comments.save(new RealisationComment(realisationId, user.username(), text.trim(),
        clock.instant()));
    notifier.notify(skp.employeeUsername(), "realisation-comment", "/api/v1/skp/" + skp.id() + "/realisations",
        user.username(), realisation.getDate());
    audit.record(user.username(), "REALISATION_COMMENTED", "realisation", String.valueOf(realisationId), null);
    return new RealisationView.CommentView(comment.getAuthor(), comment.getText(), comment.getCreatedAt());
  }

  private static void checkValues(SkpView.IndicatorView indicator, RealisationInput input,
      List<Violation> violations) {
    if (indicator != null) {
      if (indicator.ikmUnitCode() != null) {
        violations.add(Violation.of("indicatorId", "realisation.indicator-from-survey", indicator.ikmUnitCode()));
      } else if (indicator.isNumeric()) {
        if (input.value() == null) {
          violations.add(Violation.of("value", "realisation.value-required"));
        } else if (input.value().signum() < 0 || input.value().scale() > 4
            || input.value().abs().compareTo(new BigDecimal("1E14")) >= 0) {
          violations.add(Violation.of("value", "realisation.value-format"));
        }
      } else {
        if (input.narrative() == null || input.narrative().isBlank()) {
          violations.add(Violation.of("narrative", "realisation.narrative-required"));
        }
        if (input.value() != null) {
          violations.add(Violation.of("value", "realisation.value-qualitative"));
        }
      }
    }
    if (input.narrative() != null && input.narrative().length() > 4000) {
      violations.add(Violation.of("narrative", "realisation.text-too-long", 4000));
    }
    if (input.description() != null && input.description().length() > 2000) {
      violations.add(Violation.of("description", "realisation.text-too-long", 2000));
    }
  }

  private List<RealisationView> views(List<Realisation> found) {
    List<Long> ids = found.stream().map(Realisation::getId).toList();
    Map<Long, List<Evidence>> files = ids.isEmpty() ? Map.of()
        : evidences.findByRealisationIdIn(ids).stream().collect(Collectors.groupingBy(Evidence::getRealisationId));
    Map<Long, List<RealisationComment>> notes = ids.isEmpty() ? Map.of()
        : comments.findByRealisationIdInOrderByCreatedAtAsc(ids).stream()
            .collect(Collectors.groupingBy(RealisationComment::getRealisationId));
    return found.stream().map(r -> new RealisationView(r.getId(), r.getSkpId(), r.getIndicatorId(), r.getDate(),
        r.getValue(), r.getNarrative(), r.getDescription(), r.getCreatedAt(),
        files.getOrDefault(r.getId(), List.of()).stream().map(e -> new RealisationView.EvidenceView(e.getId(),
            e.getFileName(), e.getContentType(), e.getSize(), e.getSha256(), "/api/v1/evidence/" + e.getId()))
            .toList(),
        notes.getOrDefault(r.getId(), List.of()).stream().map(c -> new RealisationView.CommentView(c.getAuthor(),
            c.getText(), c.getCreatedAt())).toList())).toList();
  }

  private record CheckedFile(String name, String type, byte[] content, String sha256) {
  }

  private List<CheckedFile> check(List<UploadedFile> files) {
    if (files.size() > maxFiles) {
      throw new ValidationFailedException("realisation.invalid",
          List.of(Violation.of("files", "evidence.too-many", maxFiles, files.size())));
    }
    List<CheckedFile> checked = new ArrayList<>();
    List<Violation> violations = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      UploadedFile file = files.get(i);
      String field = "files[" + i + "]";
      if (file.content().length > maxFileBytes) {
        throw new ApiException(HttpStatus.PAYLOAD_TOO_LARGE, "evidence.too-large", EvidenceNames.safe(file.name()),
            maxFileBytes / (1024 * 1024));
      }
      if (file.content().length == 0) {
        violations.add(Violation.of(field, "evidence.empty", EvidenceNames.safe(file.name())));
        continue;
      }
      Optional<String> type = EvidenceTypes.detect(file.content());
      if (type.isEmpty()) {
        throw new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "evidence.type", EvidenceNames.safe(file.name()));
      }
      Optional<String> refusal = EvidenceInspection.refusal(type.get(), file.content());
      if (refusal.isPresent()) {
        throw new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, refusal.get(), EvidenceNames.safe(file.name()));
      }
      checked.add(new CheckedFile(EvidenceNames.safe(file.name()), type.get(), file.content(), sha256(file.content())));
    }
    if (!violations.isEmpty()) {
      throw new ValidationFailedException("realisation.invalid", violations);
    }
    return checked;
  }

  private static SkpView.IndicatorView indicator(SkpView skp, Long indicatorId, List<Violation> violations) {
    if (indicatorId == null) {
      violations.add(Violation.of("indicatorId", "realisation.indicator-required"));
      return null;
    }
    Optional<SkpView.IndicatorView> found = skp.rhk().stream().flatMap(r -> r.indicators().stream())
        .filter(i -> i.id().equals(indicatorId)).findFirst();
    if (found.isEmpty()) {
      violations.add(Violation.of("indicatorId", "realisation.indicator-unknown", indicatorId, skp.id()));
    }
    return found.orElse(null);
  }

  private static LocalDate date(String raw, int year, LocalDate today, List<Violation> violations) {
    if (raw == null || raw.isBlank()) {
      violations.add(Violation.of("date", "realisation.date-required"));
      return null;
    }
    try {
      LocalDate date = LocalDate.parse(raw.trim());
      if (date.getYear() != year) {
        violations.add(Violation.of("date", "realisation.date-year", year));
      } else if (date.isAfter(today)) {
        violations.add(Violation.of("date", "realisation.date-future"));
      }
      return date;
    } catch (DateTimeParseException e) {
      violations.add(Violation.of("date", "realisation.date-format", raw));
      return null;
    }
  }

  /** Lower-case hex SHA-256 of the bytes. */
  public static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }
}

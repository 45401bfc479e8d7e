package id.kinerja.report;

import id.kinerja.common.ApiException;
import id.kinerja.evaluation.EvaluationDocument;
import id.kinerja.evaluation.EvaluationFigures;
import id.kinerja.organization.OrgUnit;
import id.kinerja.organization.UnitLevel;
import id.kinerja.organization.UnitScopes;
import id.kinerja.security.KinerjaUser;
import id.kinerja.security.Role;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * All dokumen evaluasi (PDF) of an organisation's published evaluations of a year as one ZIP, made in the background
 * (decisions 84 and 116): {@link #start} answers a job id at once; a worker thread of the node that took the request
 * renders the documents one by one into a temporary file (never all in memory), writing its progress to
 * {@code report_archive} after each document, and stores the finished file there. Any node answers progress and
 * download, for the user who started it (and HR), for {@code kinerja.report.zip-ttl} (default 1 hour) after it
 * finished. A job whose node died stops beating: after {@code kinerja.report.zip-stale} (default 2 minutes) without a
 * heartbeat it is shown as failed (start it again).
 */
@Service
public class DocumentArchives implements DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(DocumentArchives.class);
  private static final String VIEW = "select id, organisation_code, archive_year, status, total, done, failed,"
      + " started_at, finished_at, owner, heartbeat_at from report_archive where id = ?";

  private final ReportScope scope;
  private final UnitScopes units;
  private final EvaluationFigures evaluations;
  private final EvaluationDocument documents;
  private final JdbcTemplate jdbc;
  private final Clock clock;
  private final Duration ttl;
  private final Duration stale;
  private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
    Thread thread = new Thread(r, "kinerja-zip");
    thread.setDaemon(true);
    return thread;
  });

  DocumentArchives(ReportScope scope, UnitScopes units, EvaluationFigures evaluations, EvaluationDocument documents,
      JdbcTemplate jdbc, Clock clock, @Value("${kinerja.report.zip-ttl:PT1H}") Duration ttl,
      @Value("${kinerja.report.zip-stale:PT2M}") Duration stale) {
    this.scope = scope;
    this.units = units;
    this.evaluations = evaluations;
    this.documents = documents;
    this.jdbc = jdbc;
    this.clock = clock;
    this.ttl = ttl;
    this.stale = stale;
  }

  /** What the progress endpoint shows. */
  public record JobView(String id, String organisationCode, int year, String status, int total, int done,
      int percent, int failed, Instant startedAt, Instant finishedAt, String fileName) {
  }

  /** An organisation the caller may ask a ZIP of (for the portal's choice). */
  public record Choice(String code, String name) {
  }

  /** HR: every OPD; a head: the top units they lead. */
  public List<Choice> choices(KinerjaUser user) {
    Set<Long> visible = scope.visibleUnits(user);
    return units.all().stream()
        .filter(u -> visible == null ? u.getLevel() == UnitLevel.OPD
            : visible.contains(u.getId()) && (u.getParent() == null || !visible.contains(u.getParent().getId())))
        .sorted(Comparator.comparing(OrgUnit::getCode))
        .map(u -> new Choice(u.getCode(), u.getName())).toList();
  }

  public JobView start(KinerjaUser user, String yearParameter, String organisationCode) {
    scope.requireReader(user);
    int year = ReportParameters.year(yearParameter);
    ReportScope.Target target = scope.unit(user, organisationCode, "organisationCode");
    List<EvaluationFigures.PublishedEvaluation> published = evaluations.published(year, target.subtree());
    String id = UUID.randomUUID().toString();
    Timestamp now = Timestamp.from(clock.instant());
    jdbc.update("insert into report_archive (id, owner, organisation_code, archive_year, status, total, done, failed,"
        + " started_at, heartbeat_at) values (?, ?, ?, ?, 'RUNNING', ?, 0, 0, ?, ?)", id, user.username(),
        target.unit().getCode(), year, published.size(), now, now);
    worker.submit(() -> build(id, published));
    return progress(user, id);
  }

  public JobView progress(KinerjaUser user, String id) {
    return owned(user, id).view();
  }

  /** The finished ZIP: 409 while it is being made (or when it failed). */
  public byte[] download(KinerjaUser user, String id) {
    Job job = owned(user, id);
    if (!"DONE".equals(job.status)) {
      throw ApiException.conflict("report.zip-not-ready", id);
    }
    return jdbc.queryForObject("select content from report_archive where id = ?", byte[].class, id);
  }

  public String fileName(KinerjaUser user, String id) {
    return owned(user, id).view().fileName();
  }

  private Job owned(KinerjaUser user, String id) {
    Optional<Job> found = id == null || id.length() > 36 ? Optional.empty()
        : jdbc.query(VIEW, (rs, i) -> new Job(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4),
            rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getTimestamp(8).toInstant(), instant(rs.getTimestamp(9)),
            rs.getString(10), rs.getTimestamp(11).toInstant()), id).stream().findFirst();
    Job job = found.filter(j -> j.owner.equals(user.username()) || user.has(Role.HR))
        .orElseThrow(() -> ApiException.notFound("report.zip-unknown", id));
    if ("RUNNING".equals(job.status) && job.heartbeatAt.isBefore(clock.instant().minus(stale))) {
      // its node stopped: mark it failed once (any node may)
      jdbc.update("update report_archive set status = 'FAILED', finished_at = ? where id = ? and status = 'RUNNING'",
          Timestamp.from(clock.instant()), id);
      return new Job(job.id, job.organisationCode, job.year, "FAILED", job.total, job.done, job.failed,
          job.startedAt, clock.instant(), job.owner, job.heartbeatAt);
    }
    return job;
  }

  private void build(String id, List<EvaluationFigures.PublishedEvaluation> published) {
    Path file = null;
    try {
      file = Files.createTempFile("kinerja-dokumen-", ".zip");
      int done = 0;
      int failed = 0;
      try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
        for (EvaluationFigures.PublishedEvaluation evaluation : published) {
          try {
            byte[] pdf = documents.renderAuthorised(evaluation.id());
            zip.putNextEntry(new ZipEntry(evaluation.nip() + "-" + evaluation.periodCode() + "-" + evaluation.id()
                + ".pdf"));
            zip.write(pdf);
            zip.closeEntry();
          } catch (RuntimeException e) {
            log.warn("Dokumen evaluasi {} not added to ZIP {}: {}", evaluation.id(), id, e.toString());
            failed++;
          }
          done++;
          jdbc.update("update report_archive set done = ?, failed = ?, heartbeat_at = ? where id = ?", done, failed,
              Timestamp.from(clock.instant()), id);
        }
      }
      Path finished = file;
      try (InputStream content = Files.newInputStream(finished)) {
        long length = Files.size(finished);
        jdbc.update(connection -> {
          var statement = connection.prepareStatement("update report_archive set content = ?, status = 'DONE',"
              + " finished_at = ?, heartbeat_at = ? where id = ? and status = 'RUNNING'");
          statement.setBinaryStream(1, content, length);
          Timestamp now = Timestamp.from(clock.instant());
          statement.setTimestamp(2, now);
          statement.setTimestamp(3, now);
          statement.setString(4, id);
          return statement;
        });
      }
    } catch (IOException | UncheckedIOException | org.springframework.dao.DataAccessException e) {
      log.error("ZIP {} failed", id, e);
      jdbc.update("update report_archive set status = 'FAILED', finished_at = ? where id = ? and status = 'RUNNING'",
          Timestamp.from(clock.instant()), id);
    } finally {
      delete(file);
    }
  }

  /** Finished jobs older than the time to live are deleted with their file (on every node; the delete is idempotent). */
  @Scheduled(fixedDelayString = "PT5M")
  void expire() {
    jdbc.update("delete from report_archive where finished_at < ?", Timestamp.from(clock.instant().minus(ttl)));
  }

  @Override
  public void destroy() {
    worker.shutdownNow();
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }

  private static void delete(Path file) {
    try {
      if (file != null) {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      log.warn("Could not delete {}", file, e);
    }
  }

  private record Job(String id, String organisationCode, int year, String status, int total, int done, int failed,
      Instant startedAt, Instant finishedAt, String owner, Instant heartbeatAt) {

    JobView view() {
      return new JobView(id, organisationCode, year, status, total, done, total == 0 ? 100 : done * 100 / total,
          failed, startedAt, finishedAt, "dokumen-evaluasi-" + organisationCode + "-" + year + ".zip");
    }
  }
}

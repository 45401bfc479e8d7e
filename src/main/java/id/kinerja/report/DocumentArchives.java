package id.kinerja.report;

import id.kinerja.common.ApiException;
import id.kinerja.evaluation.EvaluationDocument;
import id.kinerja.evaluation.EvaluationFigures;
import id.kinerja.security.KinerjaUser;
import id.kinerja.security.Role;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * All dokumen evaluasi (PDF) of an organisation's published evaluations of a year as one ZIP, made in the background
 * (decision 84): {@link #start} answers a job id at once; one worker thread renders the documents one by one into a
 * temporary file (never all in memory) and counts its progress; the file is kept for {@code kinerja.report.zip-ttl}
 * (default 1 hour) for the user who started it (and HR). Jobs live in this instance's memory: a restart loses them
 * (the user starts again).
 */
@Service
public class DocumentArchives implements DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(DocumentArchives.class);

  private final ReportScope scope;
  private final EvaluationFigures evaluations;
  private final EvaluationDocument documents;
  private final Clock clock;
  private final Duration ttl;
  private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
    Thread thread = new Thread(r, "kinerja-zip");
    thread.setDaemon(true);
    return thread;
  });
  private final Map<String, Job> jobs = new ConcurrentHashMap<>();

  DocumentArchives(ReportScope scope, EvaluationFigures evaluations, EvaluationDocument documents, Clock clock,
      @Value("${kinerja.report.zip-ttl:PT1H}") Duration ttl) {
    this.scope = scope;
    this.evaluations = evaluations;
    this.documents = documents;
    this.clock = clock;
    this.ttl = ttl;
  }

  /** What the progress endpoint shows. */
  public record JobView(String id, String organisationCode, int year, String status, int total, int done,
      int percent, int failed, Instant startedAt, Instant finishedAt, String fileName) {
  }

  public JobView start(KinerjaUser user, String yearParameter, String organisationCode) {
    scope.requireReader(user);
    int year = ReportParameters.year(yearParameter);
    ReportScope.Target target = scope.unit(user, organisationCode, "organisationCode");
    List<EvaluationFigures.PublishedEvaluation> published = evaluations.published(year, target.subtree());
    Job job = new Job(UUID.randomUUID().toString(), user.username(), target.unit().getCode(), year, published.size(),
        clock.instant());
    jobs.put(job.id, job);
    worker.submit(() -> build(job, published));
    return job.view();
  }

  public JobView progress(KinerjaUser user, String id) {
    return owned(user, id).view();
  }

  /** The finished ZIP: 409 while it is being made. */
  public Path download(KinerjaUser user, String id) {
    Job job = owned(user, id);
    if (!"DONE".equals(job.status)) {
      throw ApiException.conflict("report.zip-not-ready", id);
    }
    return job.file;
  }

  public String fileName(KinerjaUser user, String id) {
    return owned(user, id).fileName();
  }

  private Job owned(KinerjaUser user, String id) {
    Job job = id == null ? null : jobs.get(id);
    if (job == null || !job.owner.equals(user.username()) && !user.has(Role.HR)) {
      throw ApiException.notFound("report.zip-unknown", id);
    }
    return job;
  }

  private void build(Job job, List<EvaluationFigures.PublishedEvaluation> published) {
    try {
      job.file = Files.createTempFile("kinerja-dokumen-", ".zip");
      try (OutputStream out = Files.newOutputStream(job.file); ZipOutputStream zip = new ZipOutputStream(out)) {
        for (EvaluationFigures.PublishedEvaluation evaluation : published) {
          try {
            byte[] pdf = documents.renderAuthorised(evaluation.id());
            zip.putNextEntry(new ZipEntry(evaluation.nip() + "-" + evaluation.periodCode() + "-" + evaluation.id()
                + ".pdf"));
            zip.write(pdf);
            zip.closeEntry();
          } catch (RuntimeException e) {
            log.warn("Dokumen evaluasi {} not added to ZIP {}: {}", evaluation.id(), job.id, e.toString());
            job.failed.incrementAndGet();
          }
          job.done.incrementAndGet();
        }
      }
      job.finish("DONE", clock.instant());
    } catch (IOException | UncheckedIOException e) {
      log.error("ZIP {} failed", job.id, e);
      job.finish("FAILED", clock.instant());
    }
  }

  /** Finished jobs older than the time to live are forgotten and their files deleted. */
  @Scheduled(fixedDelayString = "PT5M")
  void expire() {
    Instant cutoff = clock.instant().minus(ttl);
    jobs.values().removeIf(job -> {
      boolean old = job.finishedAt != null && job.finishedAt.isBefore(cutoff);
      if (old) {
        delete(job);
      }
      return old;
    });
  }

  @Override
  public void destroy() {
    worker.shutdownNow();
    jobs.values().forEach(DocumentArchives::delete);
  }

  private static void delete(Job job) {
    try {
      if (job.file != null) {
        Files.deleteIfExists(job.file);
      }
    } catch (IOException e) {
      log.warn("Could not delete {}", job.file, e);
    }
  }

  private static final class Job {
    final String id;
    final String owner;
    final String organisationCode;
    final int year;
    final int total;
    final Instant startedAt;
    final AtomicInteger done = new AtomicInteger();
    final AtomicInteger failed = new AtomicInteger();
    volatile String status = "RUNNING";
    volatile Instant finishedAt;
    volatile Path file;

    Job(String id, String owner, String organisationCode, int year, int total, Instant startedAt) {
      this.id = id;
      this.owner = owner;
      this.organisationCode = organisationCode;
      this.year = year;
      this.total = total;
      this.startedAt = startedAt;
    }

    void finish(String finalStatus, Instant at) {
      finishedAt = at;
      status = finalStatus;
    }

    String fileName() {
      return "dokumen-evaluasi-" + organisationCode + "-" + year + ".zip";
    }

    JobView view() {
      int d = done.get();
      return new JobView(id, organisationCode, year, status, total, d, total == 0 ? 100 : d * 100 / total,
          failed.get(), startedAt, finishedAt, fileName());
    }
  }
}

package id.kinerja.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * What a simulation measured, written as key=value lines for bench/run: responses by HTTP status (0 = no response:
 * connection error or time-out) and, per kind of request and for all, count, mean, p50/p75/p95/p99/max (ms) and
 * responses/s over the run. Response times are taken around the request in the scenario (Gatling 3.14 keeps its
 * own statistics inside the HTML report only).
 */
final class Counts {

  private final Map<String, LongAdder> byKey = new ConcurrentHashMap<>();
  private final Map<String, List<Long>> times = new ConcurrentHashMap<>();
  private final AtomicLong first = new AtomicLong(Long.MAX_VALUE);
  private final AtomicLong last = new AtomicLong(Long.MIN_VALUE);

  void add(String key) {
    byKey.computeIfAbsent(key, k -> new LongAdder()).increment();
  }

  /** One response of {@code kind}, sent at {@code startNanos}, answered now. */
  void response(String kind, int status, long startNanos) {
    long now = System.nanoTime();
    add((kind.isEmpty() ? "" : kind + ".") + "status" + status);
    long millis = (now - startNanos) / 1_000_000;
    for (String k : kind.isEmpty() ? List.of("all") : List.of("all", kind)) {
      List<Long> list = times.computeIfAbsent(k, x -> Collections.synchronizedList(new ArrayList<>()));
      list.add(millis);
    }
    first.accumulateAndGet(startNanos, Math::min);
    last.accumulateAndGet(now, Math::max);
  }

  static long startNanos() {
    return System.nanoTime();
  }

  void write(String prefix, String file) {
    StringBuilder out = new StringBuilder();
    new TreeMap<>(byKey).forEach((k, v) -> out.append(prefix).append('.').append(k).append('=').append(v.sum())
        .append('\n'));
    double seconds = Math.max(1e-9, (last.get() - first.get()) / 1e9);
    new TreeMap<>(times).forEach((kind, list) -> {
      List<Long> sorted;
      synchronized (list) {
        sorted = new ArrayList<>(list);
      }
      Collections.sort(sorted);
      String p = prefix + "." + kind + ".";
      out.append(p).append("count=").append(sorted.size()).append('\n');
      out.append(p).append("mean=").append(Math.round(sorted.stream().mapToLong(Long::longValue).average()
          .orElse(0))).append('\n');
      for (int q : new int[] {50, 75, 95, 99}) {
        out.append(p).append('p').append(q).append('=').append(percentile(sorted, q)).append('\n');
      }
      out.append(p).append("max=").append(sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1)).append('\n');
      out.append(p).append("rps=").append(String.format("%.1f", sorted.size() / seconds)).append('\n');
    });
    out.append(prefix).append(".measured_seconds=").append(String.format("%.1f", seconds)).append('\n');
    try {
      Files.writeString(Path.of(file), out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    System.out.print(out);
  }

  private static long percentile(List<Long> sorted, int q) {
    if (sorted.isEmpty()) {
      return 0;
    }
    int index = (int) Math.ceil(q / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
  }
}

package id.kinerja.organization;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Lookups of many keys in chunks of 1,000 (decision 7): a 50,000-row file costs ~50 queries per lookup. */
final class Chunked {

  static final int CHUNK = 1000;

  private Chunked() {
  }

  static <K, T> List<T> query(Collection<K> keys, Function<Collection<K>, List<T>> query) {
    List<K> all = new ArrayList<>(keys);
    List<T> result = new ArrayList<>();
    for (int i = 0; i < all.size(); i += CHUNK) {
      result.addAll(query.apply(all.subList(i, Math.min(all.size(), i + CHUNK))));
    }
    return result;
  }

  static <K, T> Map<K, T> byKey(List<T> items, Function<T, K> key) {
    return items.stream().collect(Collectors.toMap(key, Function.identity(), (a, b) -> a));
  }
}

package org.newsgraph.eval.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A bounded load on a newsgraph server on this machine: a mix of API and page requests built from what the store
 * holds, sent by a few client threads for a fixed time and at most a fixed number of requests.
 */
public final class LoadTest {

  private static final List<String> WORDS = List.of("government", "president", "said", "election", "police",
      "minister", "war", "court", "party", "health", "security", "vote", "trade", "military", "report");

  private final URI base;
  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final ObjectMapper json = new ObjectMapper();

  /** A load on {@code base}, which must be a loopback address: this tool never sends traffic elsewhere. */
  public LoadTest(URI base) throws IOException {
    if (!InetAddress.getByName(base.getHost()).isLoopbackAddress()) {
      throw new IllegalArgumentException("the load test only targets this machine's loopback, not " + base);
    }
    this.base = base;
  }

  /** What a run measured. */
  public record Result(long requests, long errors, double seconds, double[] millis, Map<String, Long> byKind,
      Map<String, double[]> millisByKind) {

    public double perSecond() {
      return requests / seconds;
    }

    public double percentile(double p) {
      return percentile(millis, p);
    }

    /** The percentile {@code p} of one kind of request's latencies. */
    public double percentile(String kind, double p) {
      return percentile(millisByKind.getOrDefault(kind, new double[0]), p);
    }

    private static double percentile(double[] sorted, double p) {
      if (sorted.length == 0) {
        return 0;
      }
      return sorted[Math.max(0, Math.min(sorted.length - 1, (int) Math.ceil(p / 100 * sorted.length) - 1))];
    }
  }

  /** The request mix, one path per kind of request, with values read from the server's own store. */
  public List<String> mix() throws IOException, InterruptedException {
    List<String> ids = new ArrayList<>();
    get("/api/articles?limit=50&sort=date").path("hits").forEach(h -> ids.add(h.get("id").asText()));
    List<String> speakers = values("/api/quotes?limit=0&facets=speaker", "speaker");
    List<String> entities = values("/api/articles?limit=0&facets=entity", "entity");
    List<String> types = values("/api/events?limit=0&facets=event_type", "event_type");
    if (ids.isEmpty() || speakers.isEmpty() || entities.isEmpty() || types.isEmpty()) {
      throw new IllegalStateException("the store is too small for a mixed load: it needs articles, quotes and events");
    }
    List<String> paths = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      String word = WORDS.get(i % WORDS.size());
      String id = ids.get(i % ids.size());
      String speaker = enc(speakers.get(i % speakers.size()));
      String entity = entities.get(i % entities.size());
      paths.add("/api/articles?q=" + word);
      paths.add("/api/articles?q=" + word + "&facets=outlet,month&sort=date");
      paths.add("/api/articles/" + id);
      paths.add("/api/quotes?q=" + word);
      paths.add("/api/quotes?speaker=" + speaker);
      paths.add("/api/events?type=" + enc(types.get(i % types.size())) + "&facets=country");
      paths.add("/api/entities?prefix=" + enc(entity.substring(0, Math.min(3, entity.length()))));
      paths.add("/api/timeline?kind=event&interval=week&q=" + word);
      paths.add("/api/entities/" + enc(entity).replace("+", "%20"));
      paths.add("/search?q=" + word);
      paths.add("/articles/" + id);
      paths.add("/quotes?speaker=" + speaker);
    }
    return paths;
  }

  /**
   * Sends the paths in turn from {@code clients} threads until {@code duration} has passed or {@code maxRequests}
   * were sent; a non-2xx answer or a failed request is an error.
   */
  public Result run(List<String> paths, int clients, Duration duration, long maxRequests)
      throws InterruptedException {
    long deadline = System.nanoTime() + duration.toNanos();
    AtomicLong sent = new AtomicLong();
    AtomicLong errors = new AtomicLong();
    AtomicInteger next = new AtomicInteger();
    List<List<Double>> perClient = new ArrayList<>();
    Map<String, List<Double>> perKind = new java.util.concurrent.ConcurrentHashMap<>();
    Map<String, AtomicLong> kinds = new TreeMap<>();
    paths.forEach(p -> kinds.computeIfAbsent(kind(p), k -> new AtomicLong()));
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long start = System.nanoTime();
    for (int c = 0; c < clients; c++) {
      List<Double> latencies = new ArrayList<>();
      perClient.add(latencies);
      pool.submit(() -> {
        while (System.nanoTime() < deadline && sent.incrementAndGet() <= maxRequests) {
          String path = paths.get(Math.floorMod(next.getAndIncrement(), paths.size()));
          long t0 = System.nanoTime();
          try {
            HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() / 100 != 2) {
              errors.incrementAndGet();
            }
          } catch (IOException e) {
            errors.incrementAndGet();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
          }
          double ms = (System.nanoTime() - t0) / 1e6;
          latencies.add(ms);
          kinds.get(kind(path)).incrementAndGet();
          perKind.computeIfAbsent(kind(path), k -> java.util.Collections.synchronizedList(new ArrayList<>())).add(ms);
        }
      });
    }
    pool.shutdown();
    pool.awaitTermination(duration.toSeconds() + 60, TimeUnit.SECONDS);
    double seconds = (System.nanoTime() - start) / 1e9;
    double[] all = perClient.stream().flatMap(List::stream).mapToDouble(Double::doubleValue).toArray();
    Arrays.sort(all);
    Map<String, Long> byKind = new TreeMap<>();
    kinds.forEach((k, v) -> byKind.put(k, v.get()));
    Map<String, double[]> millisByKind = new TreeMap<>();
    perKind.forEach((k, list) -> {
      double[] sorted;
      synchronized (list) {
        sorted = list.stream().mapToDouble(Double::doubleValue).toArray();
      }
      Arrays.sort(sorted);
      millisByKind.put(k, sorted);
    });
    return new Result(all.length, errors.get(), seconds, all, byKind, millisByKind);
  }

  private static String kind(String path) {
    String bare = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
    return bare.replaceAll("^/articles/.*", "/articles/{id}").replaceAll("^/api/articles/.+", "/api/articles/{id}")
        .replaceAll("^/api/entities/.+", "/api/entities/{id}");
  }

  private List<String> values(String path, String facet) throws IOException, InterruptedException {
    List<String> values = new ArrayList<>();
    get(path).path("facets").path(facet).forEach(v -> values.add(v.get("value").asText()));
    return values;
  }

  private JsonNode get(String path) throws IOException, InterruptedException {
    HttpResponse<String> response = client.send(HttpRequest.newBuilder(base.resolve(path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IOException(path + " answered " + response.statusCode() + ": " + response.body());
    }
    return json.readTree(response.body());
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}

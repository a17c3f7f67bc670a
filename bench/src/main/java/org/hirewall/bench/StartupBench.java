package org.hirewall.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * {@code bench/run startup}: the bootable JAR with its zero-setup defaults (embedded database in a
 * fresh directory), started {@code runs} times. Prints the median seconds from process start to the
 * first 200 from {@code /health/ready}, and the median resident set size right after.
 */
public final class StartupBench {

  public static void main(String[] args) throws Exception {
    Path jar = Path.of(args[0]);
    int runs = Integer.getInteger("runs", 3);
    int port = Integer.getInteger("port", 28080);
    List<Double> ready = new ArrayList<>();
    List<Long> rss = new ArrayList<>();
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(500)).build();
    for (int i = 0; i < runs; i++) {
      Path work = Files.createTempDirectory("hirewall-startup");
      ProcessBuilder pb =
          new ProcessBuilder(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  "-Xmx256m",
                  "-XX:+UseSerialGC",
                  "-XX:TieredStopAtLevel=1",
                  "-jar",
                  jar.toAbsolutePath().toString())
              .directory(work.toFile())
              .redirectErrorStream(true)
              .redirectOutput(work.resolve("server.log").toFile());
      pb.environment().put("HIREWALL_PORT", Integer.toString(port));
      pb.environment().put("HIREWALL_MANAGEMENT_PORT", Integer.toString(port + 1910));
      pb.environment().put("HIREWALL_PROFILE", "dev"); // embedded defaults, as bin/hirewall run
      long start = System.nanoTime();
      Process p = pb.start();
      try {
        while (true) {
          if (!p.isAlive()) {
            throw new IllegalStateException("server exited; see " + work.resolve("server.log"));
          }
          try {
            HttpResponse<Void> r =
                http.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health/ready"))
                        .build(),
                    HttpResponse.BodyHandlers.discarding());
            if (r.statusCode() == 200) {
              break;
            }
          } catch (java.io.IOException notYet) {
            // not listening yet
          }
          Thread.sleep(50);
        }
        ready.add((System.nanoTime() - start) / 1e9);
        rss.add(rssKb(p.pid()));
      } finally {
        p.destroy();
        p.waitFor();
      }
    }
    Collections.sort(ready);
    Collections.sort(rss);
    System.out.printf("startup_ready_s %.2f s%n", ready.get(ready.size() / 2));
    System.out.printf("startup_rss_mb %d MB%n", rss.get(rss.size() / 2) / 1024);
  }

  private static long rssKb(long pid) throws java.io.IOException {
    for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
      }
    }
    throw new IllegalStateException("no VmRSS for " + pid);
  }
}

package org.hirewall.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hirewall.testkit.Tokens;
import org.hirewall.testkit.fuzz.BadInputs;
import org.hirewall.testkit.fuzz.FuzzRun;

/**
 * Bad input at scale: every case {@link BadInputs} generates from the server's own OpenAPI document
 * (new seeds until at least {@code -Dfuzz.requests}, default 10,000, have been sent) against the
 * real stack. Prints {@code fuzz_requests}, {@code fuzz_5xx} and {@code fuzz_non_problem_json}
 * (targets 0) and writes every failing request to {@code bench/target/fuzz-failures.txt}.
 */
public final class FuzzBench {

  private FuzzBench() {}

  public static void main(String[] args) throws Exception {
    int wanted = Integer.getInteger("fuzz.requests", 10_000);
    int threads = Integer.getInteger("fuzz.threads", 4);
    try (BenchStack stack = new BenchStack(args, "fuzz")) {
      String url = stack.server.url();
      Tokens tokens = new Tokens(stack.keycloak.realmUrl("hirewall"));
      FuzzRun.Api described = FuzzRun.describe(url, tokens);
      int requests = 0;
      int serverErrors = 0;
      int nonProblem = 0;
      List<String> failures = new ArrayList<>();
      long started = System.nanoTime();
      for (long seed = 1; requests < wanted; seed++) {
        List<BadInputs.Case> cases =
            new BadInputs(described.openapi(), described.roles(), seed).all();
        FuzzRun.Result r = FuzzRun.run(url, tokens, cases, threads);
        requests += r.requests();
        serverErrors += r.serverErrors();
        nonProblem += r.nonProblem();
        failures.addAll(r.failures());
      }
      double seconds = (System.nanoTime() - started) / 1e9;
      Path out = Path.of("bench/target/fuzz-failures.txt");
      Files.createDirectories(out.getParent());
      Files.write(out, failures);
      System.out.println("fuzz_requests " + requests + " requests");
      System.out.println("fuzz_5xx " + serverErrors + " requests");
      System.out.println("fuzz_non_problem_json " + nonProblem + " requests");
      System.out.printf("fuzz_rate %.0f requests/s%n", requests / seconds);
      System.err.println("failing requests: " + out.toAbsolutePath());
    }
  }
}

package org.hirewall.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.hirewall.testkit.HirewallStack;
import org.hirewall.testkit.fuzz.BadInputs;
import org.hirewall.testkit.fuzz.FuzzRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The fast subset of {@code bench/run fuzz}: bad requests generated from the server's own OpenAPI
 * document for every operation (every role, no token, bad ids, bad fields, malformed JSON, wrong
 * content types), a random sample of them, against the real stack. None may be answered with a 5xx
 * or with an error that is not problem+json.
 */
@ExtendWith(HirewallStack.class)
class FuzzIT {

  @Test
  void noGeneratedBadRequestGetsA5xxOrANonProblemAnswer() throws Exception {
    var stack = HirewallStack.get();
    String url = stack.api().baseUrl();
    FuzzRun.Api described = FuzzRun.describe(url, stack.api().tokens());
    long seed = Long.getLong("fuzz.seed", System.currentTimeMillis());
    List<BadInputs.Case> all = new BadInputs(described.openapi(), described.roles(), seed).all();
    assertThat(all.size()).as("cases generated from /openapi").isGreaterThan(2_000);
    List<BadInputs.Case> sample = new ArrayList<>(all);
    Collections.shuffle(sample, new Random(seed));
    sample = sample.subList(0, Integer.getInteger("fuzz.sample", 1_500));

    FuzzRun.Result r = FuzzRun.run(url, stack.api().tokens(), sample, 4);
    assertThat(r.failures())
        .as("failing requests (seed %d, replay with -Dfuzz.seed=%d)", seed, seed)
        .isEmpty();
  }
}

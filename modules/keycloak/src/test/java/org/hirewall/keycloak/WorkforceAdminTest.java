package org.hirewall.keycloak;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The proxy cache stays small (each proxy holds ~90 KB) and keeps what is in use. */
class WorkforceAdminTest {

  private final WorkforceAdmin.Recent<String> recent = new WorkforceAdmin.Recent<>();
  private final AtomicInteger built = new AtomicInteger();

  private String get(String key) {
    return recent.get(key, k -> k + "#" + built.incrementAndGet());
  }

  @Test
  void keepsOnlyTheMostRecentlyUsedProxies() {
    String inUse = get("user-0");
    for (int i = 1; i <= 10 * WorkforceAdmin.RECENT; i++) {
      get("user-" + i);
      assertThat(get("user-0")).as("used all along, so kept").isSameAs(inUse);
    }
    assertThat(recent.size()).isEqualTo(WorkforceAdmin.RECENT);
    assertThat(built.get()).as("each key built once").isEqualTo(10 * WorkforceAdmin.RECENT + 1);

    assertThat(get("user-1"))
        .as("long unused, so dropped and built again")
        .endsWith("#" + built.get());
    assertThat(built.get()).isEqualTo(10 * WorkforceAdmin.RECENT + 2);
    assertThat(recent.size()).isEqualTo(WorkforceAdmin.RECENT);
  }
}

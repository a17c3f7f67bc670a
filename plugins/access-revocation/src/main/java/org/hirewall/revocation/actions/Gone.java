package org.hirewall.revocation.actions;

import jakarta.ws.rs.NotFoundException;
import java.util.function.Supplier;

/**
 * A 404 from Keycloak during revocation means the thing is gone already: the user was deleted, a
 * consent or credential was removed by an earlier attempt. That is the goal, not an error.
 */
final class Gone {

  private Gone() {}

  static <T> T orElse(Supplier<T> call, T whenGone) {
    try {
      return call.get();
    } catch (NotFoundException e) {
      return whenGone;
    }
  }

  static void ignore(Runnable call) {
    try {
      call.run();
    } catch (NotFoundException e) {
      // already removed
    }
  }
}

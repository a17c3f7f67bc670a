package org.hirewall.spi;

import java.util.List;

/**
 * The guidance controls and the deployed plugins that enforce them, as validated at deployment. The
 * server implements it.
 */
public interface GuidanceCatalog {

  /**
   * @param automation {@code software}, {@code people} or {@code never}
   * @param enforcedBy ids of the plugins with an extension that declares the control
   */
  record Coverage(String id, String name, String automation, List<String> enforcedBy) {
    public Coverage {
      enforcedBy = List.copyOf(enforcedBy);
    }
  }

  /** Every control of the catalog, by id. */
  List<Coverage> coverage();
}

package org.hirewall.core.plugins;

/**
 * One guidance control from {@code config/guidance/controls.tsv}.
 *
 * @param automation {@code software}, {@code people} or {@code never} (must not be automated)
 */
public record Control(
    String id, String automation, String primaryFit, String supportingFit, String name) {

  public boolean neverAutomate() {
    return "never".equals(automation);
  }
}

package org.hirewall.spi;

import java.util.List;

/**
 * One part of giving a subject least-privilege access. {@link #plan} is pure and is all a dry run
 * does; {@link #apply} performs the plan and must be idempotent: applying it twice, or again after
 * a crash halfway, ends in the same state.
 */
public interface ProvisioningStep extends HirewallExtension {

  /** Computes the changes this step would make; changes nothing. */
  List<PlannedChange> plan(SubjectRef subject, String accessProfile);

  /** Performs a plan computed by {@link #plan}. */
  void apply(SubjectRef subject, List<PlannedChange> changes);

  /** One change a provisioning step intends: e.g. {@code add-group /engineering}. */
  record PlannedChange(String action, String target, boolean privileged) {}
}

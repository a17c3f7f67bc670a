package org.hirewall.core.plugins;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.hirewall.spi.GuidanceCatalog;

/** The guidance catalog with the deployed plugins that enforce each control, for reports. */
@ApplicationScoped
public class CoverageCatalog implements GuidanceCatalog {

  @Inject PluginRegistry registry;

  @Override
  public List<Coverage> coverage() {
    return registry.controls().stream()
        .map(
            c ->
                new Coverage(
                    c.control().id(), c.control().name(), c.control().automation(), c.enforcedBy()))
        .toList();
  }
}

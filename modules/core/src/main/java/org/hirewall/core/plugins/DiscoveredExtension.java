package org.hirewall.core.plugins;

import java.util.List;
import org.hirewall.spi.ExtensionPoint;

/**
 * An extension found at deployment, with the metadata its annotations declare.
 *
 * @param archive the bean archive (jar) the class came from: one plugin id belongs to one archive
 */
public record DiscoveredExtension(
    String className,
    String archive,
    String plugin,
    String id,
    String description,
    List<ExtensionPoint> points,
    List<String> controls) {}

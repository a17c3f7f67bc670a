package org.hirewall.spi;

/**
 * Marker for every extension point. Implementations are CDI beans in a plugin's bean archive,
 * annotated with {@link PluginExtension} and {@link Enforces}; the server finds and validates them
 * when it deploys.
 */
public interface HirewallExtension {}

package org.hirewall.spi;

import jakarta.annotation.Resource;
import javax.sql.DataSource;

/**
 * Base of a plugin's JDBC store: the server's data source (injected in the server, or given by a
 * test or benchmark outside it) and a {@link Jdbc} whose errors carry the store's message code.
 * Subclasses are CDI beans and keep a no-argument constructor for CDI.
 */
public abstract class PluginStore {

  @Resource(lookup = Jdbc.DATASOURCE)
  protected DataSource dataSource;

  private final String code;

  /** For CDI; {@code code} prefixes error messages, e.g. {@code HIREWALL-1002 vetting store}. */
  protected PluginStore(String code) {
    this.code = code;
  }

  /** Outside the server (tests, benchmarks): the same queries on a given data source. */
  protected PluginStore(String code, DataSource dataSource) {
    this.code = code;
    this.dataSource = dataSource;
  }

  protected Jdbc db() {
    return new Jdbc(dataSource, code);
  }
}

package org.hirewall.spi;

import java.lang.management.ManagementFactory;

/**
 * This server node's name in database claims ({@code claimed_by}, {@code ended_by}): the WildFly
 * node name and the process, so two nodes — or a node and its restart — never share a name.
 */
public final class ServerNode {

  public static final String NAME =
      System.getProperty("jboss.node.name", "node")
          + "/"
          + ManagementFactory.getRuntimeMXBean().getName();

  private ServerNode() {}
}

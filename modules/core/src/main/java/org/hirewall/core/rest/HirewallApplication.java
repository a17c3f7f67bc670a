package org.hirewall.core.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The REST application. Resources live under {@code /api} (authenticated, see web.xml) and {@code
 * /health} (open); every resource method names its roles.
 */
@ApplicationPath("/")
public class HirewallApplication extends Application {}

package org.hirewall.core.plugins;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.AfterDeploymentValidation;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;
import jakarta.enterprise.inject.spi.WithAnnotations;
import jakarta.ws.rs.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Logger;
import org.hirewall.core.console.ConsoleViews;
import org.hirewall.spi.ConsoleView;
import org.hirewall.spi.Enforces;
import org.hirewall.spi.ExtensionPoint;
import org.hirewall.spi.PluginExtension;

/**
 * Finds plugin extensions while CDI scans the deployment and fails the deployment when one is
 * broken (missing, unknown or duplicated plugin id, extension id or control ID). It also collects
 * the REST resource classes so {@code GET /api/endpoints} can list every endpoint with its roles.
 */
public class PluginDiscovery implements Extension {

  private static final Logger LOG = Logger.getLogger(PluginDiscovery.class.getName());

  private final java.util.Map<String, DiscoveredExtension> extensions =
      new java.util.LinkedHashMap<>();
  private final List<Class<?>> resources = new ArrayList<>();
  private ControlCatalog catalog;

  void onType(
      @Observes @WithAnnotations({PluginExtension.class, Enforces.class})
          ProcessAnnotatedType<?> pat) {
    Class<?> type = pat.getAnnotatedType().getJavaClass();
    extensions.putIfAbsent(type.getName(), describe(type));
  }

  void onExtensionPoint(
      @Observes ProcessAnnotatedType<? extends org.hirewall.spi.HirewallExtension> pat) {
    Class<?> type = pat.getAnnotatedType().getJavaClass();
    if (type.isInterface() || java.lang.reflect.Modifier.isAbstract(type.getModifiers())) {
      return;
    }
    extensions.putIfAbsent(type.getName(), describe(type));
  }

  void onResource(@Observes @WithAnnotations(Path.class) ProcessAnnotatedType<?> pat) {
    Class<?> type = pat.getAnnotatedType().getJavaClass();
    // interfaces with @Path are REST clients (keycloak-admin-client's), not endpoints of ours
    if (type.isAnnotationPresent(Path.class)
        && !type.isInterface()
        && !java.lang.reflect.Modifier.isAbstract(type.getModifiers())) {
      resources.add(type);
    }
  }

  void validate(@Observes AfterDeploymentValidation adv, BeanManager beans) {
    try {
      catalog = ControlCatalog.load();
    } catch (RuntimeException e) {
      adv.addDeploymentProblem(e);
      return;
    }
    List<String> problems = new ArrayList<>(new PluginValidator(catalog).problems(extensions()));
    if (problems.isEmpty()) {
      problems.addAll(
          ConsoleViews.problems(
              beans.createInstance().select(ConsoleView.class, Any.Literal.INSTANCE)));
    }
    for (String p : problems) {
      adv.addDeploymentProblem(new IllegalStateException("HIREWALL-0100 invalid plugin: " + p));
    }
    if (problems.isEmpty()) {
      LOG.info(
          () ->
              "HIREWALL-0001 plugins: "
                  + extensions.values().stream()
                      .map(e -> e.plugin() + "/" + e.id())
                      .sorted()
                      .toList());
    }
  }

  List<DiscoveredExtension> extensions() {
    return List.copyOf(extensions.values());
  }

  List<Class<?>> resources() {
    return List.copyOf(resources);
  }

  ControlCatalog catalog() {
    return catalog;
  }

  private static DiscoveredExtension describe(Class<?> type) {
    PluginExtension meta = type.getAnnotation(PluginExtension.class);
    Enforces enforces = type.getAnnotation(Enforces.class);
    CodeSource source = type.getProtectionDomain().getCodeSource();
    return new DiscoveredExtension(
        type.getName(),
        source == null || source.getLocation() == null
            ? "unknown"
            : source.getLocation().toString(),
        meta == null ? null : meta.plugin(),
        meta == null ? null : meta.id(),
        meta == null ? "" : meta.description(),
        ExtensionPoint.implementedBy(type),
        enforces == null ? List.of() : Arrays.asList(enforces.value()));
  }
}

package org.hirewall.server.plugins;

import java.io.File;
import org.hirewall.server.plugins.sample.SampleView;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Test deployments: the real Hirewall WAR the build produced (core and its libraries), plus a
 * plugin jar made from test classes. The WAR's OIDC login is swapped for none: these tests exercise
 * plugin discovery inside the container, not authentication (AuthorizationMatrixIT does that).
 */
final class Deployments {

  private Deployments() {}

  static WebArchive hirewallWith(String name, Class<?>... pluginClasses) {
    WebArchive war =
        ShrinkWrap.createFromZipFile(
            WebArchive.class, new File(System.getProperty("hirewall.it.war")));
    war = ShrinkWrap.create(WebArchive.class, name + ".war").merge(war);
    war.delete("WEB-INF/web.xml");
    war.setWebXML(
        new StringAsset(
            "<web-app xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" version=\"6.0\"/>"));
    JavaArchive plugin =
        ShrinkWrap.create(JavaArchive.class, name + "-plugin.jar")
            .addClasses(pluginClasses)
            .addAsManifestResource(EmptyAsset.INSTANCE, "beans.xml");
    if (java.util.List.of(pluginClasses).contains(SampleView.class)) {
      plugin.addAsResource(
          new StringAsset("export async function render(root) { root.textContent = 'sample'; }\n"),
          "META-INF/resources/console/" + SampleView.MODULE);
    }
    return war.addAsLibrary(plugin);
  }

  /** The jar a test-only library class came from, to ship it inside an in-container test. */
  static File jarOf(Class<?> type) {
    try {
      return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}

package dev.partnerkit.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * QuickTheories is an optional dependency of this jar: a test suite without it can use the samples,
 * the factory and the sandbox, and only the generators need it. Each check runs the fixtures in a
 * class loader that sees this module's class path without QuickTheories, as such a suite would.
 */
class QuickTheoriesOptionalTest {

  /** Returns a loader of the test class path less QuickTheories, parented by the platform's. */
  private static URLClassLoader withoutQuickTheories() throws MalformedURLException {
    // Surefire runs the tests from a manifest-only jar and names the real class path here.
    String classPath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<URL> urls = new ArrayList<>();
    for (String entry : classPath.split(File.pathSeparator)) {
      if (!entry.contains("quicktheories")) {
        urls.add(Path.of(entry).toUri().toURL());
      }
    }
    return new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
  }

  @Test
  void theSamplesTheFactoryAndTheSandboxWorkWithoutQuickTheories() throws Exception {
    try (URLClassLoader loader = withoutQuickTheories()) {
      assertThatThrownBy(() -> loader.loadClass("org.quicktheories.core.Gen"))
          .isInstanceOf(ClassNotFoundException.class);

      Class<?> factory = Class.forName(ModelFactory.class.getName(), true, loader);
      Object seeded = factory.getMethod("seeded", long.class).invoke(null, 7L);
      Object customer = factory.getMethod("customer").invoke(seeded);
      Object partners =
          Class.forName(Samples.class.getName(), true, loader).getMethod("partners").invoke(null);
      Class<?> sandboxType = Class.forName(PartnerSandbox.class.getName(), true, loader);
      Object builder = sandboxType.getMethod("builder").invoke(null);
      Object sandbox = builder.getClass().getMethod("start").invoke(builder);
      Object baseUri;
      try {
        baseUri = sandboxType.getMethod("baseUri").invoke(sandbox);
      } finally {
        sandboxType.getMethod("close").invoke(sandbox);
      }

      assertThat(customer.getClass().getClassLoader()).isNotSameAs(getClass().getClassLoader());
      assertThat(customer.toString()).startsWith("Customer{");
      assertThat((List<?>) partners).isNotEmpty();
      assertThat(baseUri.toString()).startsWith("http://127.0.0.1:");
    }
  }

  @Test
  void theGeneratorsNeedQuickTheories() throws Exception {
    try (URLClassLoader loader = withoutQuickTheories()) {
      Class<?> generators = Class.forName(ModelGenerators.class.getName(), false, loader);

      assertThatThrownBy(() -> generators.getMethod("customers"))
          .isInstanceOf(NoClassDefFoundError.class)
          .hasMessageContaining("org/quicktheories");
    }
  }
}

package dev.partnerkit.client.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Not API: the client's version for its User-Agent.
 *
 * <p>The jar's manifest carries it as {@code Implementation-Version} when the build writes one;
 * otherwise, and when the client runs from {@code target/classes}, it comes from {@code
 * partnerkit-client.properties}, which Maven's resource filtering fills with the project version.
 *
 * <p>Thread-safe; a utility class.
 */
public final class ClientVersion {
  private static final String RESOURCE = "/dev/partnerkit/client/partnerkit-client.properties";

  private ClientVersion() {}

  /**
   * Returns the client's version, such as {@code 0.1.0}; {@code dev} only when neither the manifest
   * nor the filtered resource has one (an unfiltered copy of the sources).
   *
   * @return the version
   */
  public static String get() {
    return Holder.VERSION;
  }

  private static final class Holder {
    static final String VERSION = find();
  }

  private static String find() {
    String fromManifest = ClientVersion.class.getPackage().getImplementationVersion();
    if (fromManifest != null && !fromManifest.isBlank()) {
      return fromManifest;
    }
    try (InputStream in = ClientVersion.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        return "dev";
      }
      Properties properties = new Properties();
      properties.load(in);
      String version = properties.getProperty("version", "").trim();
      // An unfiltered resource still holds the placeholder.
      return version.isEmpty() || version.startsWith("${") ? "dev" : version;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }
}

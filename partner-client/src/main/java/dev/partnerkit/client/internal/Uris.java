package dev.partnerkit.client.internal;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Not API: checks and builds the URIs the client calls. */
public final class Uris {
  private static final Pattern IPV4 =
      Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");

  private Uris() {}

  /**
   * Returns the URI when the client may send a token to it: {@code https}, or {@code http} to a
   * loopback address (127.0.0.0/8, ::1, localhost); throws otherwise.
   *
   * @param what what the URI is for, for the message
   * @param uri the URI
   * @return the URI, unchanged
   * @throws IllegalArgumentException naming the rule when the URI is not allowed
   */
  public static URI requireAllowed(String what, URI uri) {
    Objects.requireNonNull(uri, () -> what + " must not be null");
    if (!uri.isAbsolute() || uri.getHost() == null) {
      throw new IllegalArgumentException(
          what + " must be an absolute http(s) URI with a host, but was " + uri);
    }
    if (uri.getRawUserInfo() != null) {
      throw new IllegalArgumentException(what + " must not carry user info, but had some");
    }
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    if (scheme.equals("https")) {
      return uri;
    }
    if (scheme.equals("http") && isLoopback(uri.getHost())) {
      return uri;
    }
    throw new IllegalArgumentException(
        what
            + " must use https (http is allowed only to a loopback address such as 127.0.0.1,"
            + " ::1 or localhost), but was "
            + uri.getScheme()
            + "://"
            + uri.getHost());
  }

  /**
   * Returns whether a host is a loopback name or literal, without any DNS lookup.
   *
   * @param host a host name or IP literal, IPv6 in brackets or not
   * @return true for localhost, 127.0.0.0/8 and ::1
   */
  public static boolean isLoopback(String host) {
    if (host == null || host.isEmpty()) {
      return false;
    }
    String h =
        host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    if (h.equalsIgnoreCase("localhost")) {
      return true;
    }
    Matcher v4 = IPV4.matcher(h);
    if (v4.matches()) {
      for (int i = 1; i <= 4; i++) {
        if (Integer.parseInt(v4.group(i)) > 255) {
          return false;
        }
      }
      return Integer.parseInt(v4.group(1)) == 127;
    }
    if (h.indexOf(':') >= 0 && h.matches("[0-9A-Fa-f:.%a-zA-Z]+")) {
      try {
        // An IPv6 literal: getByName parses it without a lookup.
        InetAddress address = InetAddress.getByName(h);
        return address instanceof Inet6Address && address.isLoopbackAddress();
      } catch (UnknownHostException e) {
        return false;
      }
    }
    return false;
  }

  /**
   * Returns whether two URIs share scheme, host and port, so that a token for one may go to the
   * other.
   *
   * @param a one URI
   * @param b another URI
   * @return true for the same origin
   */
  public static boolean sameOrigin(URI a, URI b) {
    return a.getScheme().equalsIgnoreCase(b.getScheme())
        && a.getHost().equalsIgnoreCase(b.getHost())
        && port(a) == port(b);
  }

  private static int port(URI uri) {
    if (uri.getPort() >= 0) {
      return uri.getPort();
    }
    return uri.getScheme().equalsIgnoreCase("https") ? 443 : 80;
  }

  /**
   * Returns a base URI joined with a path that starts with {@code /} and may carry a query.
   *
   * @param base the API's base URI, such as {@code https://graph.microsoft.com/v1.0}
   * @param pathAndQuery the encoded path and query
   * @return the URI
   */
  public static URI join(URI base, String pathAndQuery) {
    String b = base.toString();
    while (b.endsWith("/")) {
      b = b.substring(0, b.length() - 1);
    }
    return URI.create(b + pathAndQuery);
  }

  /**
   * Returns a value encoded for one path segment or query value.
   *
   * @param value the raw value
   * @return the percent-encoded value
   */
  public static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}

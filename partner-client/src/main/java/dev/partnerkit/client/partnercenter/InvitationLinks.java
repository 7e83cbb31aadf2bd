package dev.partnerkit.client.partnercenter;

import dev.partnerkit.client.Audience;
import dev.partnerkit.client.InvalidResponseException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Sets the {@code DAP} flag of a relationship request link. Not API. */
final class InvitationLinks {
  private InvitationLinks() {}

  /**
   * Returns the link with exactly one {@code DAP} query parameter, set to {@code delegatedAdmin}:
   * the first {@code DAP} parameter (any case) is replaced, later ones are dropped, and one is
   * added when there is none. The link is read as a URI first, so that the flag always lands in its
   * query and never in a host or fragment of a malformed link.
   *
   * @throws InvalidResponseException when the service sent no absolute http(s) URL with a host
   */
  static URI withDelegatedAdmin(PcRelationshipRequest request, boolean delegatedAdmin) {
    URI link = parse(request.getUrl().orElse(null));
    String flag = "DAP=" + delegatedAdmin;
    List<String> parameters = new ArrayList<>();
    boolean set = false;
    String query = link.getRawQuery();
    if (query != null && !query.isEmpty()) {
      for (String parameter : query.split("&", -1)) {
        String name = parameter.split("=", 2)[0];
        if (!name.equalsIgnoreCase("DAP")) {
          parameters.add(parameter);
        } else if (!set) {
          parameters.add(flag);
          set = true;
        }
      }
    }
    if (!set) {
      parameters.add(flag);
    }
    StringBuilder result =
        new StringBuilder(link.getScheme()).append("://").append(link.getRawAuthority());
    if (link.getRawPath() != null) {
      result.append(link.getRawPath());
    }
    result.append('?').append(String.join("&", parameters));
    if (link.getRawFragment() != null) {
      result.append('#').append(link.getRawFragment());
    }
    return URI.create(result.toString());
  }

  private static URI parse(String url) {
    if (url == null) {
      throw invalid("carried no url");
    }
    URI link;
    try {
      link = new URI(url);
    } catch (URISyntaxException e) {
      throw invalid("carried a url that is not a valid URI (" + e.getReason() + ")");
    }
    String scheme = link.getScheme() == null ? "" : link.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("https") || scheme.equals("http")) || link.getHost() == null) {
      throw invalid("carried a url that is not an absolute http(s) URL with a host");
    }
    return link;
  }

  private static InvalidResponseException invalid(String what) {
    return new InvalidResponseException(
        "Partner Center's relationship request " + what + "; there is no invitation link to send",
        null,
        Audience.PARTNER_CENTER,
        null,
        null);
  }
}

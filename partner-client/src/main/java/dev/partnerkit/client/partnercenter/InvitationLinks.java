package dev.partnerkit.client.partnercenter;

import dev.partnerkit.client.InvalidResponseException;
import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Sets the {@code DAP} flag of a relationship request link. Not API. */
final class InvitationLinks {
  private static final Pattern DAP = Pattern.compile("([?&])DAP=[^&#]*", Pattern.CASE_INSENSITIVE);

  private InvitationLinks() {}

  static URI withDelegatedAdmin(PcRelationshipRequest request, boolean delegatedAdmin) {
    String url =
        request
            .getUrl()
            .filter(u -> u.startsWith("https://") || u.startsWith("http://"))
            .orElseThrow(
                () ->
                    new InvalidResponseException(
                        "Partner Center's relationship request carried no http(s) url",
                        null,
                        dev.partnerkit.client.Audience.PARTNER_CENTER,
                        null,
                        null));
    String flag = "DAP=" + delegatedAdmin;
    Matcher m = DAP.matcher(url);
    String result;
    if (m.find()) {
      result = url.substring(0, m.start()) + m.group(1) + flag + url.substring(m.end());
    } else {
      int hash = url.indexOf('#');
      String base = hash < 0 ? url : url.substring(0, hash);
      String fragment = hash < 0 ? "" : url.substring(hash);
      result = base + (base.contains("?") ? "&" : "?") + flag + fragment;
    }
    return URI.create(result);
  }
}

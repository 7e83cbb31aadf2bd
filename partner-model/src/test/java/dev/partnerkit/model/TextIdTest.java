package dev.partnerkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.partnerkit.model.json.PartnerJson;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Text identifiers: a UUID's canonical text is held compactly, yet nothing but the size tells;
 * kinds never equal each other; the order is the text's.
 */
class TextIdTest {
  // Hex digits and dashes first, so that texts often share a prefix with a UUID's.
  private static final String ALPHABET =
      "0123456789abcdef-ghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

  private static String text(List<Integer> picks) {
    StringBuilder text = new StringBuilder();
    for (int pick : picks) {
      text.append(ALPHABET.charAt(text.length() == 0 && pick == 16 ? 0 : pick));
    }
    return text.toString();
  }

  @Test
  void aUuidsTextComesBackExactlyAndEqualsOnlyTheSameText() {
    qt().withExamples(500)
        .forAll(longs().all(), longs().all(), longs().all(), longs().all())
        .checkAssert(
            (a, b, c, d) -> {
              String one = new UUID(a, b).toString();
              String two = new UUID(c, d).toString();
              GrantId first = GrantId.of(one);
              GrantId second = GrantId.of(two);
              assertThat(first.value()).isEqualTo(one);
              assertThat(first.toString()).isEqualTo(one);
              assertThat(first).isEqualTo(GrantId.of(one)).hasSameHashCodeAs(GrantId.of(one));
              assertThat(first.equals(second)).isEqualTo(one.equals(two));
              assertThat(Integer.signum(first.compareTo(second)))
                  .isEqualTo(Integer.signum(one.compareTo(two)));
            });
  }

  @Test
  void theOrderIsTheTextsAlsoBetweenUuidsAndOtherText() {
    qt().withExamples(500)
        .forAll(
            lists()
                .of(integers().between(0, ALPHABET.length() - 1))
                .ofSizeBetween(1, 40)
                .map(TextIdTest::text),
            longs().all(),
            longs().all())
        .checkAssert(
            (text, high, low) -> {
              String uuid = new UUID(high, low).toString();
              int expected = Integer.signum(text.compareTo(uuid));
              assertThat(Integer.signum(InvitationId.of(text).compareTo(InvitationId.of(uuid))))
                  .isEqualTo(expected);
              assertThat(Integer.signum(InvitationId.of(uuid).compareTo(InvitationId.of(text))))
                  .isEqualTo(-expected);
            });
  }

  @Test
  void upperCaseUuidsStayAsWritten() {
    String lower = "0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0";
    String upper = lower.toUpperCase(java.util.Locale.ROOT);
    assertThat(SubscriptionId.of(upper).value()).isEqualTo(upper);
    // Ids are compared as text, as they always were: case is part of the text.
    assertThat(SubscriptionId.of(upper)).isNotEqualTo(SubscriptionId.of(lower));
    assertThat(SubscriptionId.of(lower + "x").value()).isEqualTo(lower + "x");
  }

  @Test
  void kindsNeverEqualEachOther() {
    String text = "0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0";
    assertThat((Object) GrantId.of(text)).isNotEqualTo(SubscriptionId.of(text));
    assertThat((Object) PartnerId.of("contoso")).isNotEqualTo(ServiceId.of("contoso"));
    assertThat(GrantId.of(text)).isNotEqualTo(null);
  }

  @Test
  void badTextIsRefusedNamingTheKind() {
    assertThatThrownBy(() -> RelationshipId.of("-starts-with-dash"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("RelationshipId must be");
    assertThatThrownBy(() -> ServiceRequestId.of(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("ServiceRequestId must not be null");
  }

  @Test
  void jsonShowsTheBareTextInBothForms() throws Exception {
    ObjectMapper mapper = PartnerJson.mapper();
    String uuid = "0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0";
    assertThat(mapper.writeValueAsString(AccessAssignmentId.of(uuid))).isEqualTo('"' + uuid + '"');
    assertThat(mapper.readValue('"' + uuid + '"', AccessAssignmentId.class))
        .isEqualTo(AccessAssignmentId.of(uuid));
    assertThat(mapper.readValue("\"t-1\"", InvitationId.class)).isEqualTo(InvitationId.of("t-1"));
  }
}

package dev.partnerkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.partnerkit.model.validation.Limits;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link CustomerId#parse} must accept exactly {@link Limits#GUID} (the 8-4-4-4-12 hexadecimal
 * form, in either case), none of the forms {@link UUID#fromString} also takes, and read the same
 * UUID. The parse is a loop over the characters ({@code Checks.isGuid}); these properties are what
 * tie it to the pattern, the one definition of a GUID's shape.
 */
class CustomerIdParseTest {
  private static final Pattern GUID = Pattern.compile(Limits.GUID);

  /** Characters a near miss may put in place of one: hex, dash, and what only looks like them. */
  private static final String REPLACEMENTS = "0aFfgG-_ +\u0660\uff10\uff41\u0430 ";

  @Test
  void readsAnyGuidInEitherCaseAsUuidFromStringDoes() {
    qt().withExamples(5000)
        .forAll(longs().all(), longs().all())
        .checkAssert(
            (most, least) -> {
              UUID uuid = new UUID(most, least);
              String lower = uuid.toString();
              assertThat(CustomerId.parse(lower).value()).isEqualTo(uuid);
              assertThat(CustomerId.parse(lower.toUpperCase(Locale.ROOT)).value()).isEqualTo(uuid);
            });
  }

  @Test
  void acceptsANearMissExactlyWhenThePatternDoes() {
    qt().withExamples(20000)
        .forAll(
            longs().all(),
            integers().between(0, 36),
            integers().between(0, REPLACEMENTS.length() - 1),
            integers().between(0, 2))
        .checkAssert(
            (seed, at, replacement, shape) -> {
              String text = new UUID(seed, ~seed).toString();
              char c = REPLACEMENTS.charAt(replacement);
              String nearMiss =
                  switch (shape) {
                    case 0 -> at < 36 ? text.substring(0, at) + c + text.substring(at + 1) : text;
                    case 1 -> text.substring(0, at) + c + text.substring(at);
                    default -> at < 36 ? text.substring(0, at) + text.substring(at + 1) : text;
                  };
              if (GUID.matcher(nearMiss).matches()) {
                assertThat(CustomerId.parse(nearMiss).value()).isEqualTo(UUID.fromString(nearMiss));
              } else {
                assertThatThrownBy(() -> CustomerId.parse(nearMiss))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("CustomerId must be a tenant GUID like");
              }
            });
  }
}

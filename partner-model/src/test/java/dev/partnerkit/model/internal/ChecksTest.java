package dev.partnerkit.model.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class ChecksTest {
  private static final java.util.regex.Pattern TOKEN =
      java.util.regex.Pattern.compile(dev.partnerkit.model.validation.Limits.TOKEN);

  /** Characters a token may hold, at the edges of each range. */
  private static final String VALID = "aAzZ09._:-";

  /** Characters just outside those ranges, and letters and digits beyond ASCII. */
  private static final String INVALID = "/ @[`{~\u00e9\u0663\uff10\u212a";

  /** Mostly valid characters, so that many candidates are tokens and many are near misses. */
  private static final Gen<String> CANDIDATES =
      lists()
          .of(integers().between(0, 999))
          .ofSizeBetween(0, 130)
          .map(
              (List<Integer> rolls) ->
                  rolls.stream()
                      .map(
                          roll ->
                              roll < 995
                                  ? VALID.charAt(roll % VALID.length())
                                  : INVALID.charAt(roll % INVALID.length()))
                      .map(String::valueOf)
                      .collect(Collectors.joining()));

  @Test
  void isToken_acceptsExactlyWhatTheTokenPatternMatches() {
    qt().withExamples(5_000)
        .forAll(CANDIDATES)
        .checkAssert(
            value ->
                assertThat(Checks.isToken(value))
                    .as("isToken(\"%s\")", value)
                    .isEqualTo(TOKEN.matcher(value).matches()));
  }

  @Test
  void isToken_atTheLengthBounds() {
    assertThat(Checks.isToken("")).isFalse();
    assertThat(Checks.isToken("a")).isTrue();
    assertThat(Checks.isToken("a".repeat(128))).isTrue();
    assertThat(Checks.isToken("a".repeat(129))).isFalse();
    assertThat(Checks.isToken("-a")).isFalse();
    assertThat(Checks.isToken("a-._:9")).isTrue();
  }
}

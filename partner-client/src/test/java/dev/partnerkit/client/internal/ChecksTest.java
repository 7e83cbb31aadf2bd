package dev.partnerkit.client.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The operations' argument checks. */
class ChecksTest {
  @Test
  void countryTakesEitherCaseAndGivesUpperCase() {
    assertThat(Checks.country("US")).isEqualTo("US");
    assertThat(Checks.country("de")).isEqualTo("DE");
  }

  @Test
  void countryRefusesAnythingButTwoAsciiLetters() {
    // The dotless i and the long s upper-case to ASCII letters; they are not country codes.
    for (String bad : new String[] {"", "U", "USA", "U1", "ıt", "ſe", "ÜS", " US"}) {
      assertThatThrownBy(() -> Checks.country(bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("country must be an ISO 3166-1 alpha-2 code");
    }
  }
}

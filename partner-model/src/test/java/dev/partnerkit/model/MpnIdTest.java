package dev.partnerkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** MPN ids: strict when made, lenient when read from remote data. */
class MpnIdTest {
  @Test
  void parseReadsDigitsAndIgnoresSurroundingSpace() {
    assertThat(MpnId.parse(" 4321567 ")).contains(MpnId.of("4321567"));
    assertThat(MpnId.parse("1234567890")).contains(MpnId.of("1234567890"));
  }

  @Test
  void parseGivesNothingForWhatOfWouldRefuse() {
    for (String bad : new String[] {"", "  ", "12345678901", "12a4", "-1", "１２３"}) {
      assertThat(MpnId.parse(bad)).as(bad).isEmpty();
      assertThatThrownBy(() -> MpnId.of(bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("MpnId must be 1 to 10 decimal digits");
    }
  }
}

package dev.partnerkit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Ids already in journals were made by {@link UUID#nameUUIDFromBytes}; they must not change. */
class NameUuidsTest {
  @Test
  void equalsTheJdksNameBasedUuidForAnyName() {
    qt().withExamples(2000)
        .forAll(strings().allPossible().ofLengthBetween(0, 200))
        .checkAssert(
            name ->
                assertThat(NameUuids.of(name))
                    .isEqualTo(UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8))));
  }

  @Test
  void aKnownGrantIdStaysTheSame() {
    // Computed outside Java (MD5 of the name, version and variant bits set) and written down.
    assertThat(NameUuids.of("grant:inv-1")).hasToString("d5017005-96d3-3804-a589-7bc288e7cec8");
  }
}

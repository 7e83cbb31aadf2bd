package dev.partnerkit.client.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.HashSet;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The report's compact set of tenant ids agrees with a plain set. */
class TenantIdsTest {
  @Test
  void agreesWithAHashSetOverGuidsAndOtherIds() {
    qt().forAll(longs().all(), integers().between(0, 3_000))
        .checkAssert(
            (seed, count) -> {
              Random random = new Random(seed);
              TenantIds compact = new TenantIds();
              Set<String> plain = new HashSet<>();
              for (int i = 0; i < count; i++) {
                String id = id(random);
                compact.add(id);
                plain.add(id.toLowerCase(Locale.ROOT));
              }
              assertThat(compact.size()).isEqualTo(plain.size());
              for (String id : plain) {
                assertThat(compact.contains(id)).as(id).isTrue();
                assertThat(compact.contains(id.toUpperCase(Locale.ROOT))).as(id).isTrue();
              }
              for (int i = 0; i < 200; i++) {
                String other = id(random);
                assertThat(compact.contains(other))
                    .as(other)
                    .isEqualTo(plain.contains(other.toLowerCase(Locale.ROOT)));
              }
            });
  }

  @Test
  void theNilGuidAndShortFormsAreIdsLikeAnyOther() {
    TenantIds ids = new TenantIds();
    ids.add("00000000-0000-0000-0000-000000000000");
    ids.add("1-2-3-4-5");

    assertThat(ids.contains("00000000-0000-0000-0000-000000000000")).isTrue();
    assertThat(ids.contains("1-2-3-4-5")).isTrue();
    // The short form is not read as the GUID it would parse to.
    assertThat(ids.contains("00000001-0002-0003-0004-000000000005")).isFalse();
    assertThat(ids.size()).isEqualTo(2);
  }

  private static String id(Random random) {
    // Mostly GUIDs, repeats among them, and now and then a name that is not one.
    int kind = random.nextInt(10);
    if (kind == 0) {
      return "tenant-" + random.nextInt(500);
    }
    if (kind == 1) {
      return new UUID(random.nextInt(50), random.nextInt(50)).toString();
    }
    return new UUID(random.nextLong(), random.nextLong()).toString().toUpperCase(Locale.ROOT);
  }
}

package dev.partnerkit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A storage restored from another's {@link MemoryStorage#image()} decides every later action as the
 * original does: the image holds the clocks, indexes, links and keyed outcomes, not only the state.
 */
class MemoryImageTest {
  @Test
  void aRestoredStorageDecidesEveryLaterActionAsTheOriginal() {
    qt().withExamples(200)
        .forAll(
            lists().of(integers().all()).ofSizeBetween(0, 80),
            lists().of(integers().all()).ofSizeBetween(1, 80),
            booleans().all())
        .checkAssert(
            (before, after, modern) -> {
              ProgramPolicy policy = modern ? ProgramPolicy.modern() : ProgramPolicy.seed();
              PartnerProgram original = ProgramPropertiesTest.newProgram(policy);
              Instant now = run(original, null, before, TestWorld.START, 0);
              MemoryStorage restored = MemoryStorage.builder(TestWorld.CATALOG).build();
              restored.restore(((MemoryStorage) original.storage()).image());
              PartnerProgram copy =
                  PartnerProgram.builder()
                      .catalog(TestWorld.CATALOG)
                      .policy(policy)
                      .storage(restored)
                      .build();
              assertThat(copy.snapshot()).isEqualTo(original.snapshot());
              assertThat(copy.lastSequence()).isEqualTo(original.lastSequence());
              run(original, copy, after, now, before.size());
              assertThat(copy.snapshot()).isEqualTo(original.snapshot());
              assertThat(new HashSet<>(restored.keyedOutcomes()))
                  .isEqualTo(new HashSet<>(((MemoryStorage) original.storage()).keyedOutcomes()));
            });
  }

  /** Applies the moves to the original, and to the copy if any, every third with a key. */
  private static Instant run(
      PartnerProgram original, PartnerProgram copy, List<Integer> codes, Instant now, int from) {
    int i = from;
    for (int code : codes) {
      i++;
      ProgramPropertiesTest.Move move = ProgramPropertiesTest.decode(code);
      if (move.action().isEmpty()) {
        now = now.plus(move.advance());
        continue;
      }
      Action action = move.action().get();
      Instant at = now;
      Outcome first;
      if (i % 3 == 0) {
        IdempotencyKey key = IdempotencyKey.of("k" + (i % 9));
        try {
          first = original.apply(action, now, key);
        } catch (IdempotencyConflictException e) {
          if (copy != null) {
            assertThatThrownBy(() -> copy.apply(action, at, key))
                .isInstanceOf(IdempotencyConflictException.class);
          }
          continue;
        }
        if (copy != null) {
          assertThat(copy.apply(action, now, key)).isEqualTo(first);
        }
      } else {
        first = original.apply(action, now);
        if (copy != null) {
          assertThat(copy.apply(action, now)).isEqualTo(first);
        }
      }
    }
    return now;
  }

  @Test
  void onlyAnEmptyStorageRestores() {
    PartnerProgram program = ProgramPropertiesTest.newProgram(ProgramPolicy.seed());
    MemoryStorage storage = (MemoryStorage) program.storage();
    assertThatThrownBy(() -> storage.restore(storage.image()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("only while empty");
  }
}

package dev.partnerkit.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * The numbers that {@link ModelRecipes} turn into model values, drawn from either a {@link
 * RandomGenerator} (for {@link ModelFactory}) or a QuickTheories {@code RandomnessSource} (for
 * {@link ModelGenerators}), so that both build values by one set of recipes.
 *
 * <p>QuickTheories is an optional dependency of this jar: only {@link ModelGenerators} (and the
 * classes only it uses) may name its types, so that this interface, {@link ModelFactory} and {@link
 * Samples} load without it.
 *
 * <p>Every draw is a bounded integer. QuickTheories shrinks a failing example by shrinking its
 * draws towards their lower bound, so the recipes put the simplest choice at the bottom of each
 * range: index 0 of a list, {@code false} for {@link #chance(int)}, the earliest instant.
 *
 * <p>Not thread-safe: a source carries the state of its generator.
 */
interface ModelSource {
  /**
   * Returns a number from {@code min} to {@code max}, both inclusive.
   *
   * @param min the lowest value
   * @param max the highest value, at least {@code min}
   * @return the number
   */
  long longBetween(long min, long max);

  /**
   * Returns a number from {@code min} to {@code max}, both inclusive.
   *
   * @param min the lowest value
   * @param max the highest value, at least {@code min}
   * @return the number
   */
  default int intBetween(int min, int max) {
    return (int) longBetween(min, max);
  }

  /**
   * Returns true with the given probability; false is the simpler outcome that shrinking seeks.
   *
   * @param percent the probability, 0 to 100
   * @return the outcome
   */
  default boolean chance(int percent) {
    return intBetween(0, 99) >= 100 - percent;
  }

  /**
   * Returns one of the options; the first is the simplest.
   *
   * @param <T> the option type
   * @param options one or more options
   * @return the option picked
   */
  default <T> T pick(List<T> options) {
    return options.get(intBetween(0, options.size() - 1));
  }

  /**
   * Returns {@code min} to {@code max} distinct options, in the order drawn.
   *
   * @param <T> the option type
   * @param options the options to draw from, with no duplicates
   * @param min the fewest to return
   * @param max the most to return; capped at the number of options
   * @return the options drawn
   */
  default <T> List<T> distinct(List<T> options, int min, int max) {
    List<T> remaining = new ArrayList<>(options);
    int count = intBetween(min, Math.min(max, remaining.size()));
    List<T> drawn = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      drawn.add(remaining.remove(intBetween(0, remaining.size() - 1)));
    }
    return drawn;
  }

  /**
   * Returns a source that draws from a {@link RandomGenerator}.
   *
   * @param random the generator; its state advances with every draw
   * @return the source
   */
  static ModelSource of(RandomGenerator random) {
    Objects.requireNonNull(random, "random must not be null");
    return (min, max) -> {
      if (min == max) {
        return min;
      }
      if (max < Long.MAX_VALUE) {
        return random.nextLong(min, max + 1);
      }
      // nextLong(origin, bound) excludes the bound, so Long.MAX_VALUE needs a shifted origin.
      return min == Long.MIN_VALUE ? random.nextLong() : random.nextLong(min - 1, max) + 1;
    };
  }
}

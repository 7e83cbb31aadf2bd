package dev.partnerkit.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Faults the sandbox injects at random into a share of requests, drawn from a seeded {@link
 * java.util.Random} so that a run can be repeated: for example 10% throttled and 5% dropped.
 *
 * <p>Each request on one of the plan's path prefixes draws once; each entry's rate is the share of
 * requests it hits, and the rates add up to at most 1, so a request gets at most one fault. By
 * default the plan covers the real APIs ({@code /partnercenter/}, {@code /graph/}, {@code /arm/})
 * and leaves the sandbox's own endpoints alone.
 *
 * <p>Immutable and thread-safe; create with {@link #builder()} or {@link #none()}.
 */
public final class FaultPlan {
  private static final FaultPlan NONE = builder().build();

  /**
   * One fault and the share of requests it hits.
   *
   * @param fault the fault
   * @param rate the share of requests, 0 to 1
   */
  public record Entry(Fault fault, double rate) {
    /** Checks the rate. */
    public Entry {
      Objects.requireNonNull(fault, "fault");
      if (!(rate >= 0 && rate <= 1)) {
        throw new IllegalArgumentException("FaultPlan rate must be 0 to 1, but was " + rate);
      }
    }
  }

  private final List<Entry> entries;
  private final long seed;
  private final List<String> pathPrefixes;

  private FaultPlan(Builder builder) {
    this.entries = List.copyOf(builder.entries);
    this.seed = builder.seed;
    this.pathPrefixes = List.copyOf(builder.pathPrefixes);
  }

  /**
   * Returns the plan that injects nothing.
   *
   * @return the empty plan
   */
  public static FaultPlan none() {
    return NONE;
  }

  /**
   * Returns a new builder: no faults, seed 0, the real APIs' prefixes.
   *
   * @return a builder; not thread-safe
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the faults and their rates, in the order they are drawn.
   *
   * @return the entries
   */
  public List<Entry> getEntries() {
    return entries;
  }

  /**
   * Returns the seed of the random draws.
   *
   * @return the seed
   */
  public long getSeed() {
    return seed;
  }

  /**
   * Returns the path prefixes whose requests draw.
   *
   * @return the prefixes, such as {@code /partnercenter/}
   */
  public List<String> getPathPrefixes() {
    return pathPrefixes;
  }

  /**
   * Returns whether requests on a path draw from this plan.
   *
   * @param path the request's path
   * @return true when a prefix covers it and the plan has entries
   */
  public boolean covers(String path) {
    if (entries.isEmpty()) {
      return false;
    }
    for (String prefix : pathPrefixes) {
      if (path.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  /** Returns the entries, seed and path prefixes. */
  @Override
  public String toString() {
    return "FaultPlan[entries=" + entries + ", seed=" + seed + ", paths=" + pathPrefixes + "]";
  }

  /** Builds a {@link FaultPlan}. Not thread-safe. */
  public static final class Builder {
    private final List<Entry> entries = new ArrayList<>();
    private long seed;
    private List<String> pathPrefixes = List.of("/partnercenter/", "/graph/", "/arm/");

    private Builder() {}

    /**
     * Adds a fault that hits a share of requests.
     *
     * @param fault the fault
     * @param rate the share of requests, 0 to 1; all rates together at most 1
     * @return this builder
     */
    public Builder add(Fault fault, double rate) {
      Entry entry = new Entry(fault, rate);
      double total = rate;
      for (Entry e : entries) {
        total += e.rate();
      }
      if (total > 1.0 + 1e-9) {
        throw new IllegalArgumentException(
            "FaultPlan rates add up to " + total + "; together they must be at most 1");
      }
      entries.add(entry);
      return this;
    }

    /**
     * Sets the seed of the random draws; the same seed and requests give the same faults.
     *
     * @param seed the seed
     * @return this builder
     */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /**
     * Sets the path prefixes whose requests draw, replacing the default real-API prefixes.
     *
     * @param prefixes prefixes such as {@code /partnercenter/v1/customers}
     * @return this builder
     */
    public Builder pathPrefixes(String... prefixes) {
      List<String> list = new ArrayList<>();
      for (String prefix : prefixes) {
        if (!Objects.requireNonNull(prefix, "prefix").startsWith("/")) {
          throw new IllegalArgumentException(
              "FaultPlan path prefixes start with /, but got \"" + prefix + "\"");
        }
        list.add(prefix);
      }
      this.pathPrefixes = List.copyOf(list);
      return this;
    }

    /**
     * Returns the plan.
     *
     * @return the plan
     */
    public FaultPlan build() {
      return new FaultPlan(this);
    }
  }
}

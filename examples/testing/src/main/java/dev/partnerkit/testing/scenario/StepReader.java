package dev.partnerkit.testing.scenario;

import dev.partnerkit.rules.Action;
import dev.partnerkit.rules.ActionKind;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One entry of the table of step verbs: the verb, the fields its steps may carry, and how a step's
 * fields become its {@link Action}. {@link #table(Collection)} holds one entry for every verb of
 * SCENARIOS.md but {@code advance}, which moves the clock rather than acting.
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind the verb
 * @param fields the fields a step of this verb may carry besides {@code do} and {@code expect}
 * @param build reads the fields, already checked against {@code fields}, into the action
 */
record StepReader(ActionKind kind, List<String> fields, Build build) {
  /** Refuses nulls. */
  StepReader {
    Objects.requireNonNull(kind, "kind");
    fields = List.copyOf(fields);
    Objects.requireNonNull(build, "build");
  }

  /** How a step's fields become its action. */
  @FunctionalInterface
  interface Build {
    /**
     * Reads one step.
     *
     * @param verb the step's {@code do}
     * @param f the step's fields
     * @return the action and its description
     */
    Parsed read(String verb, StepFields f);
  }

  /**
   * A step's action and the line that shows it.
   *
   * @param action the action
   * @param text the description
   */
  record Parsed(Action action, String text) {}

  /** Returns an entry taking {@code fields}. */
  static StepReader of(ActionKind kind, Build build, String... fields) {
    return new StepReader(kind, List.of(fields), build);
  }

  /** Reads a step of this verb: checks its fields, then builds its action. */
  Parsed read(StepFields f) {
    f.allow(fields);
    return build.read(kind.getWireName(), f);
  }

  /** The verbs the program's log records but a scenario does not take as a step. */
  static final Set<ActionKind> LOG_ONLY =
      EnumSet.of(
          ActionKind.REGISTER_PARTNER,
          ActionKind.REGISTER_CUSTOMER,
          ActionKind.PLACE_ORDER,
          ActionKind.START_TRIALS,
          ActionKind.CHANGE_LICENSES,
          ActionKind.ADD_RESELLER,
          ActionKind.REMOVE_RESELLER);

  /** The steps' verbs, named by {@link ActionKind} once, with the clock's {@code advance}. */
  static final List<String> VERBS = verbs();

  private static List<String> verbs() {
    List<String> verbs = new ArrayList<>();
    for (ActionKind kind : ActionKind.values()) {
      if (!LOG_ONLY.contains(kind)) {
        verbs.add(kind.getWireName());
      }
    }
    verbs.add("advance");
    return List.copyOf(verbs);
  }

  /**
   * Returns the table for one file: the entries of {@code parts}, each verb once, covering every
   * verb that is not {@link #LOG_ONLY}.
   *
   * @throws IllegalStateException when a verb is missing or given twice (a programming error)
   */
  static Map<ActionKind, StepReader> table(Collection<List<StepReader>> parts) {
    Map<ActionKind, StepReader> table = new EnumMap<>(ActionKind.class);
    for (List<StepReader> part : parts) {
      for (StepReader entry : part) {
        if (table.put(entry.kind(), entry) != null) {
          throw new IllegalStateException("two step readers for " + entry.kind());
        }
      }
    }
    for (ActionKind kind : ActionKind.values()) {
      if (LOG_ONLY.contains(kind) == table.containsKey(kind)) {
        throw new IllegalStateException("the step table is wrong about " + kind);
      }
    }
    return table;
  }
}

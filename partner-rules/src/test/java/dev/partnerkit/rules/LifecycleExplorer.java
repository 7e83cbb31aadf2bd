package dev.partnerkit.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Finds a lifecycle by driving the real engine: from each status reached, it tries every verb that
 * acts on the record, by every actor, and lets time pass, on a fresh {@link PartnerProgram}
 * replaying the path that led there, and records each move the engine allowed with the status it
 * left. Nothing here knows which move is legal: the rules and the transitions decide, so the
 * diagram drawn from the result is the code's own. Not thread-safe; one exploration at a time.
 */
final class LifecycleExplorer {
  /** The pseudo-state before the record exists and after it is gone. */
  static final String OUTSIDE = "[*]";

  /** How far time is moved on from a status to see what time alone changes. */
  private static final List<Duration> TIME_STEPS =
      List.of(Duration.ofDays(1), Duration.ofDays(31), Duration.ofDays(91), Duration.ofDays(800));

  /** Who may try a verb: the record's customer, its partner, and a partner that has no part. */
  enum Party {
    CUSTOMER("customer"),
    PARTNER("partner"),
    OTHER_PARTNER("another partner");

    final String label;

    Party(String label) {
      this.label = label;
    }
  }

  /** An action at a time, one step of a path. */
  record Step(Action action, Instant at) {}

  /**
   * One way a record comes to exist: the setup that precedes it (which must be allowed) and the
   * action that creates it (which a policy may deny: the record then has no lifecycle under it).
   *
   * @param by who takes the creating action
   */
  record Creation(List<Action> setup, Action create, Party by) {}

  /**
   * One lifecycle to explore.
   *
   * @param statuses the record's statuses in the enum's order, for sorting the output
   * @param read the record's status at a time, empty when it does not exist
   * @param verbs each verb that acts on the record, made for an actor
   */
  record Lifecycle(
      String name,
      List<String> statuses,
      List<Creation> creations,
      BiFunction<PartnerProgram, Instant, Optional<String>> read,
      List<Function<Party, Action>> verbs) {}

  /**
   * A move between statuses, with how it happened: a verb and who took it, or time.
   *
   * @param verb the action's record name, or {@link #TIME}
   * @param by who took it; empty for time
   */
  record Move(String from, String to, String verb, Optional<Party> by) {}

  /** The verb of a move that time alone made. */
  static final String TIME = "time passes";

  private final ProgramPolicy policy;
  private final Instant start;

  LifecycleExplorer(ProgramPolicy policy, Instant start) {
    this.policy = policy;
    this.start = start;
  }

  /** Returns every move the engine allows, in the order found. */
  Set<Move> explore(Lifecycle lifecycle) {
    Set<Move> moves = new LinkedHashSet<>();
    for (Creation creation : lifecycle.creations()) {
      List<Step> setup = new ArrayList<>();
      for (Action action : creation.setup()) {
        setup.add(new Step(action, start));
      }
      PartnerProgram program = replay(setup);
      if (!program.apply(creation.create(), start).decision().isAllowed()) {
        continue;
      }
      List<Step> created = with(setup, new Step(creation.create(), start));
      String first =
          lifecycle
              .read()
              .apply(program, start)
              .orElseThrow(() -> new IllegalStateException(creation + " created nothing"));
      moves.add(new Move(OUTSIDE, first, verb(creation.create()), Optional.of(creation.by())));
      explore(lifecycle, created, start, first, moves);
    }
    return moves;
  }

  private void explore(
      Lifecycle lifecycle, List<Step> created, Instant at, String first, Set<Move> moves) {
    record Node(List<Step> path, Instant now, String status) {}
    Deque<Node> queue = new ArrayDeque<>();
    Set<String> seen = new HashSet<>();
    queue.add(new Node(created, at, first));
    seen.add(first);
    while (!queue.isEmpty()) {
      Node node = queue.poll();
      for (Function<Party, Action> verb : lifecycle.verbs()) {
        for (Party party : Party.values()) {
          Action action = verb.apply(party);
          PartnerProgram program = replay(node.path());
          if (!program.apply(action, node.now()).decision().isAllowed()) {
            continue;
          }
          Optional<String> after = lifecycle.read().apply(program, node.now());
          moves.add(
              new Move(node.status(), after.orElse(OUTSIDE), verb(action), Optional.of(party)));
          if (after.isPresent() && seen.add(after.get())) {
            queue.add(
                new Node(with(node.path(), new Step(action, node.now())), node.now(), after.get()));
          }
        }
      }
      PartnerProgram program = replay(node.path());
      for (Duration step : TIME_STEPS) {
        Instant later = node.now().plus(step);
        Optional<String> after = lifecycle.read().apply(program, later);
        if (after.isPresent() && !after.get().equals(node.status())) {
          moves.add(new Move(node.status(), after.get(), TIME, Optional.empty()));
          if (seen.add(after.get())) {
            queue.add(new Node(node.path(), later, after.get()));
          }
          break;
        }
      }
    }
  }

  private PartnerProgram replay(List<Step> path) {
    PartnerProgram program = PartnerProgram.create(TestWorld.CATALOG, policy);
    for (Step step : path) {
      Outcome outcome = program.apply(step.action(), step.at());
      if (!outcome.decision().isAllowed()) {
        throw new IllegalStateException(
            "a path the explorer replays was denied at " + step + ": " + outcome.decision());
      }
    }
    return program;
  }

  private static List<Step> with(List<Step> path, Step step) {
    List<Step> longer = new ArrayList<>(path);
    longer.add(step);
    return List.copyOf(longer);
  }

  /** Returns the verb's name as the API spells it: the action's record name. */
  static String verb(Action action) {
    return action.getClass().getSimpleName();
  }

  /**
   * Merges the moves found under several policies: a move found under some of them only is marked
   * with their eras.
   */
  static Map<Move, Set<Era>> merge(Map<Era, Set<Move>> byEra) {
    Map<Move, Set<Era>> merged = new LinkedHashMap<>();
    for (Map.Entry<Era, Set<Move>> entry : byEra.entrySet()) {
      for (Move move : entry.getValue()) {
        merged.computeIfAbsent(move, m -> new TreeSet<>()).add(entry.getKey());
      }
    }
    return merged;
  }
}

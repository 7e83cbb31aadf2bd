package dev.partnerkit.client.graph;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * What Graph answered to an access assignment update: usually {@link Accepted} ({@code 202} with
 * the long-running operation to watch in {@code Location}), or {@link Unchanged} ({@code 200} with
 * the assignment, when the roles sent were the roles it had).
 *
 * <p>Immutable and thread-safe; the client makes instances. Java 17 has no pattern {@code switch},
 * so read one with {@link #fold}.
 */
public sealed interface AccessAssignmentChange {
  /**
   * Returns the value of the function for this kind of answer.
   *
   * @param <R> the result type
   * @param accepted applied to an accepted change
   * @param unchanged applied to an unchanged assignment
   * @return the result
   */
  <R> R fold(Function<Accepted, R> accepted, Function<Unchanged, R> unchanged);

  /**
   * The change was accepted and runs as a long-running operation ({@code 202 Accepted}).
   *
   * @param operation the operation's URI, from {@code Location}
   * @param retryAfter how long Graph asks the caller to wait before reading the operation, from
   *     {@code Retry-After}; empty when it sent none
   */
  record Accepted(URI operation, Optional<Duration> retryAfter) implements AccessAssignmentChange {
    /** Checks that neither part is null. */
    public Accepted {
      Objects.requireNonNull(operation, "operation must not be null");
      Objects.requireNonNull(retryAfter, "retryAfter must not be null; pass Optional.empty()");
    }

    /**
     * Returns the operation's id, the last segment of its URI, for {@link
     * LongRunningOperations#get}.
     *
     * @return the id; empty when the URI's path has no segment after {@code /operations/}
     */
    public Optional<String> operationId() {
      String path = operation.getPath();
      int at = path == null ? -1 : path.lastIndexOf("/operations/");
      if (at < 0) {
        return Optional.empty();
      }
      String id = path.substring(at + "/operations/".length());
      return id.isEmpty() || id.contains("/") ? Optional.empty() : Optional.of(id);
    }

    @Override
    public <R> R fold(Function<Accepted, R> accepted, Function<Unchanged, R> unchanged) {
      return accepted.apply(this);
    }
  }

  /**
   * The assignment already had those roles ({@code 200 OK}); Graph answered with it.
   *
   * @param assignment the assignment as it stands
   */
  record Unchanged(DelegatedAdminAccessAssignment assignment) implements AccessAssignmentChange {
    /** Checks that the assignment is not null. */
    public Unchanged {
      Objects.requireNonNull(assignment, "assignment must not be null");
    }

    @Override
    public <R> R fold(Function<Accepted, R> accepted, Function<Unchanged, R> unchanged) {
      return unchanged.apply(this);
    }
  }
}

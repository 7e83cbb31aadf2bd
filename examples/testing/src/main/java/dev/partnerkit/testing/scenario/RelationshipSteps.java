package dev.partnerkit.testing.scenario;

import dev.partnerkit.model.RelationshipId;
import dev.partnerkit.model.Role;
import dev.partnerkit.rules.Action;
import dev.partnerkit.rules.ActionKind;
import dev.partnerkit.rules.Actor;
import dev.partnerkit.testing.scenario.StepReader.Parsed;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The step readers of the granular delegated-admin relationships' verbs (GDAP).
 *
 * <p>Not thread-safe: one instance reads one file.
 */
final class RelationshipSteps {
  private final FieldReader reader;

  RelationshipSteps(FieldReader reader) {
    this.reader = reader;
  }

  /** The fields an {@code updateRelationship} step may change, one or more of them. */
  private static final List<String> UPDATABLE =
      List.of("displayName", "duration", "roles", "autoExtend");

  /** Returns one entry per verb. */
  List<StepReader> readers() {
    return List.of(
        StepReader.of(
            ActionKind.CREATE_RELATIONSHIP,
            this::create,
            "id",
            "partner",
            "customer",
            "displayName",
            "duration",
            "roles",
            "autoExtend"),
        new StepReader(
            ActionKind.UPDATE_RELATIONSHIP, concat(List.of("id", "by"), UPDATABLE), this::update),
        StepReader.of(ActionKind.LOCK_FOR_APPROVAL, RelationshipSteps::move, "id", "by"),
        StepReader.of(ActionKind.DELETE_RELATIONSHIP, RelationshipSteps::move, "id", "by"),
        StepReader.of(ActionKind.TERMINATE_RELATIONSHIP, RelationshipSteps::move, "id", "by"),
        StepReader.of(ActionKind.APPROVE_RELATIONSHIP, RelationshipSteps::move, "id", "by"),
        StepReader.of(
            ActionKind.REMOVE_ROLE,
            (verb, f) -> {
              Role role = reader.role(f.required("role"), f.path() + ".role");
              return new Parsed(
                  new Action.RemoveRole(f.id("id", RelationshipId::of), f.actor("by"), role),
                  verb + " " + role + " from " + f.name("id") + " by " + f.name("by"));
            },
            "id",
            "by",
            "role"),
        StepReader.of(
            ActionKind.ASSIGN_ACCESS,
            (verb, f) ->
                new Parsed(
                    new Action.AssignAccess(
                        f.id("relationship", RelationshipId::of),
                        f.actor("by"),
                        f.text("group"),
                        reader.roles(f.required("roles"), f.path() + ".roles")),
                    verb
                        + " "
                        + f.name("relationship")
                        + " "
                        + f.name("group")
                        + " by "
                        + f.name("by")),
            "relationship",
            "by",
            "group",
            "roles"));
  }

  private Parsed create(String verb, StepFields f) {
    String path = f.path();
    Action action =
        new Action.CreateRelationship(
            f.id("id", RelationshipId::of),
            f.partner("partner"),
            f.customer("customer"),
            f.text("displayName"),
            reader.duration(f.required("duration"), path + ".duration"),
            reader.roles(f.required("roles"), path + ".roles"),
            f.has("autoExtend")
                ? reader.duration(f.required("autoExtend"), path + ".autoExtend")
                : Duration.ZERO);
    return new Parsed(
        action, verb + " " + f.name("id") + " " + f.name("partner") + " -> " + f.name("customer"));
  }

  private Parsed update(String verb, StepFields f) {
    String path = f.path();
    if (UPDATABLE.stream().noneMatch(f::has)) {
      throw reader.fail(
          path, "expected one or more of \"" + String.join("\", \"", UPDATABLE) + "\"");
    }
    Action action =
        new Action.UpdateRelationship(
            f.id("id", RelationshipId::of),
            f.actor("by"),
            f.optionalText("displayName"),
            f.has("duration")
                ? Optional.of(reader.duration(f.required("duration"), path + ".duration"))
                : Optional.empty(),
            f.has("roles")
                ? Optional.of(reader.roles(f.required("roles"), path + ".roles"))
                : Optional.empty(),
            f.has("autoExtend")
                ? Optional.of(reader.duration(f.required("autoExtend"), path + ".autoExtend"))
                : Optional.empty());
    return new Parsed(action, verb + " " + f.name("id") + " by " + f.name("by"));
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  /** Reads a step that moves a relationship along its lifecycle. */
  private static Parsed move(String verb, StepFields f) {
    RelationshipId id = f.id("id", RelationshipId::of);
    Actor by = f.actor("by");
    Action action =
        switch (verb) {
          case "lockForApproval" -> new Action.LockForApproval(id, by);
          case "deleteRelationship" -> new Action.DeleteRelationship(id, by);
          case "terminateRelationship" -> new Action.TerminateRelationship(id, by);
          default -> new Action.ApproveRelationship(id, by);
        };
    return new Parsed(action, verb + " " + id + " by " + f.name("by"));
  }
}

package dev.partnerkit.store.json;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.partnerkit.rules.Action;
import dev.partnerkit.rules.ActionKind;
import dev.partnerkit.rules.Actor;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What both action modules register, in one place: each verb under its {@link
 * ActionKind#getWireName() wire name} in {@code "do"}, and each actor under {@code "partner"} or
 * {@code "customer"} in {@code "type"}, the scenario format's and the journal's names. The
 * annotations are Jackson's shared annotation package, which Jackson 2 and 3 both read.
 */
final class ActionTypes {
  private ActionTypes() {}

  /** Names the verb of an action in {@code "do"}. */
  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "do")
  interface ActionMixin {}

  /** Names the kind of an actor in {@code "type"}. */
  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
  interface ActorMixin {}

  /**
   * Returns each action and actor class with its name, derived from {@link ActionKind} so that a
   * verb added there is bound with no change here.
   *
   * @return the names by class
   */
  static Map<Class<?>, String> names() {
    Map<Class<?>, String> names = new LinkedHashMap<>();
    for (ActionKind kind : ActionKind.values()) {
      names.put(kind.getActionType(), kind.getWireName());
    }
    names.put(Actor.PartnerActor.class, "partner");
    names.put(Actor.CustomerActor.class, "customer");
    return names;
  }

  /**
   * Returns the mixin for each union: {@link Action} and {@link Actor}.
   *
   * @return the mixins by target
   */
  static Map<Class<?>, Class<?>> mixins() {
    return Map.of(Action.class, ActionMixin.class, Actor.class, ActorMixin.class);
  }
}

package dev.partnerkit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerkit.model.BillingCycle;
import dev.partnerkit.model.Cloud;
import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.DelegationGrant;
import dev.partnerkit.model.GrantStatus;
import dev.partnerkit.model.InvitationId;
import dev.partnerkit.model.OfferLine;
import dev.partnerkit.model.OfferStatus;
import dev.partnerkit.model.PartnerId;
import dev.partnerkit.model.Program;
import dev.partnerkit.model.RelationshipId;
import dev.partnerkit.model.RelationshipStatus;
import dev.partnerkit.model.Role;
import dev.partnerkit.rules.LifecycleExplorer.Creation;
import dev.partnerkit.rules.LifecycleExplorer.Lifecycle;
import dev.partnerkit.rules.LifecycleExplorer.Move;
import dev.partnerkit.rules.LifecycleExplorer.Party;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@code docs/lifecycles.md}, the state diagrams of offers, delegated-admin grants and
 * granular relationships, generated from the engine: {@link LifecycleExplorer} drives a real {@link
 * PartnerProgram} through every verb from every status under both policies, and the page draws what
 * the rules allowed and the transitions did. Run with {@code -Dpartnerkit.regenerate=true} to
 * rewrite the page after changing a rule or a transition.
 */
class LifecyclesPageTest {
  private static final Path PAGE = Path.of("..", "docs", "lifecycles.md");

  private static final String REGENERATE =
      "mvn -B -pl partner-rules -am test -Dtest=LifecyclesPageTest"
          + " -Dsurefire.failIfNoSpecifiedTests=false -Dpartnerkit.regenerate=true";

  private static final PartnerId NORTHWIND = PartnerId.of("northwind");
  private static final PartnerId CONTOSO = PartnerId.of("contoso");
  private static final CustomerId FABRIKAM = CustomerId.fromName("fabrikam");
  private static final InvitationId INVITATION = InvitationId.of("i1");
  private static final RelationshipId RELATIONSHIP = RelationshipId.of("r1");

  /** Two partners certified under both policies and one customer. */
  private static final List<Action> WORLD =
      List.of(
          new Action.RegisterPartner(
              TestWorld.partner(
                  "northwind", Cloud.GLOBAL, Program.CLOUD_ESSENTIALS, Program.CSP_DIRECT)),
          new Action.RegisterPartner(
              TestWorld.partner(
                  "contoso", Cloud.GLOBAL, Program.CLOUD_ESSENTIALS, Program.CSP_DIRECT)),
          new Action.RegisterCustomer(TestWorld.customer("fabrikam", Cloud.GLOBAL)));

  private static Actor actor(Party party) {
    switch (party) {
      case CUSTOMER:
        return Actor.customer(FABRIKAM);
      case PARTNER:
        return Actor.partner(NORTHWIND);
      default:
        return Actor.partner(CONTOSO);
    }
  }

  private static List<Action> world(Action... more) {
    List<Action> actions = new ArrayList<>(WORLD);
    actions.addAll(Arrays.asList(more));
    return List.copyOf(actions);
  }

  private static <E extends Enum<E>> List<String> names(Class<E> type) {
    return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.toList());
  }

  static Lifecycle offers() {
    return new Lifecycle(
        "Offers and invitations",
        names(OfferStatus.class),
        List.of(
            new Creation(
                WORLD,
                new Action.SendTrialInvitation(
                    INVITATION, NORTHWIND, FABRIKAM, List.of(TestWorld.EXCHANGE), false),
                Party.PARTNER),
            new Creation(
                WORLD,
                new Action.SendPurchaseOffer(
                    INVITATION,
                    NORTHWIND,
                    FABRIKAM,
                    List.of(OfferLine.of(TestWorld.E3, 5)),
                    BillingCycle.MONTHLY,
                    false,
                    Optional.empty(),
                    Optional.empty()),
                Party.PARTNER),
            new Creation(
                WORLD,
                new Action.SendDelegatedAdminInvitation(INVITATION, NORTHWIND, FABRIKAM),
                Party.PARTNER),
            new Creation(
                WORLD,
                new Action.SendResellerInvitation(INVITATION, NORTHWIND, FABRIKAM),
                Party.PARTNER)),
        (program, now) -> program.offer(INVITATION, now).map(o -> o.getStatus().name()),
        List.of(
            p -> new Action.Accept(INVITATION, actor(p)),
            p -> new Action.Decline(INVITATION, actor(p)),
            p -> new Action.Revoke(INVITATION, actor(p))));
  }

  static Lifecycle grants() {
    return new Lifecycle(
        "Delegated-admin grants",
        names(GrantStatus.class),
        List.of(
            new Creation(
                world(new Action.SendDelegatedAdminInvitation(INVITATION, NORTHWIND, FABRIKAM)),
                new Action.Accept(INVITATION, Actor.customer(FABRIKAM)),
                Party.CUSTOMER),
            new Creation(
                world(
                    new Action.SendTrialInvitation(
                        INVITATION, NORTHWIND, FABRIKAM, List.of(TestWorld.EXCHANGE), true)),
                new Action.Accept(INVITATION, Actor.customer(FABRIKAM)),
                Party.CUSTOMER)),
        (program, now) ->
            program.grants(FABRIKAM).stream()
                .filter(g -> g.getOrigin().equals(INVITATION))
                .map(DelegationGrant::getStatus)
                .map(Enum::name)
                .findFirst(),
        List.of(
            p -> new Action.RevokeDelegation(FABRIKAM, NORTHWIND, actor(p)),
            p -> new Action.RelinquishDelegation(FABRIKAM, actor(p))));
  }

  static Lifecycle relationships() {
    List<Creation> creations = new ArrayList<>();
    for (Duration autoExtend : List.of(Duration.ZERO, Duration.ofDays(180))) {
      creations.add(
          new Creation(
              WORLD,
              new Action.CreateRelationship(
                  RELATIONSHIP,
                  NORTHWIND,
                  FABRIKAM,
                  "Helpdesk",
                  Duration.ofDays(30),
                  Set.of(Role.HELPDESK_ADMINISTRATOR, Role.USER_ADMINISTRATOR),
                  autoExtend),
              Party.PARTNER));
    }
    return new Lifecycle(
        "Granular relationships",
        names(RelationshipStatus.class),
        creations,
        (program, now) -> program.relationship(RELATIONSHIP, now).map(r -> r.getStatus().name()),
        List.of(
            p ->
                new Action.UpdateRelationship(
                    RELATIONSHIP,
                    actor(p),
                    Optional.of("Helpdesk and users"),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty()),
            p -> new Action.LockForApproval(RELATIONSHIP, actor(p)),
            p -> new Action.ApproveRelationship(RELATIONSHIP, actor(p)),
            p -> new Action.DeleteRelationship(RELATIONSHIP, actor(p)),
            p -> new Action.TerminateRelationship(RELATIONSHIP, actor(p)),
            p -> new Action.RemoveRole(RELATIONSHIP, actor(p), Role.USER_ADMINISTRATOR),
            p ->
                new Action.AssignAccess(
                    RELATIONSHIP,
                    actor(p),
                    "0b3a1f52-5f0e-4c36-9d0c-2f4e7c1b9a11",
                    Set.of(Role.HELPDESK_ADMINISTRATOR))));
  }

  private static List<Lifecycle> lifecycles() {
    return List.of(offers(), grants(), relationships());
  }

  /** Returns the moves of a lifecycle under each policy that has it. */
  private static Map<Era, Set<Move>> explore(Lifecycle lifecycle) {
    Map<Era, Set<Move>> byEra = new EnumMap<>(Era.class);
    for (ProgramPolicy policy : List.of(ProgramPolicy.seed(), ProgramPolicy.modern())) {
      Set<Move> moves = new LifecycleExplorer(policy, TestWorld.START).explore(lifecycle);
      if (!moves.isEmpty()) {
        byEra.put(policy.getEra(), moves);
      }
    }
    return byEra;
  }

  static String render() {
    StringBuilder page = new StringBuilder();
    page.append(
        """
        # Lifecycles

        Generated by `LifecyclesPageTest` (partner-rules) from the engine itself; do not edit by hand.
        For each record, the test drives a real `PartnerProgram` from every status it reaches through
        every verb that acts on the record, tried by the record's customer, its partner and another
        partner, and lets time pass; each arrow is a move the rules allowed, to the status the
        transitions (and `TimeDriven`, for time) gave. An arrow back to its own status is a verb
        allowed there that leaves the status as it was. Regenerate after changing a rule or a
        transition:

        ```sh
        %s
        ```
        """
            .formatted(REGENERATE));
    for (Lifecycle lifecycle : lifecycles()) {
      render(page, lifecycle, explore(lifecycle));
    }
    return page.toString();
  }

  private static void render(StringBuilder page, Lifecycle lifecycle, Map<Era, Set<Move>> byEra) {
    Map<Move, Set<Era>> merged = LifecycleExplorer.merge(byEra);
    Comparator<String> order =
        Comparator.comparingInt(
            s -> s.equals(LifecycleExplorer.OUTSIDE) ? -1 : lifecycle.statuses().indexOf(s));
    // One arrow per pair of statuses; its label gives each verb once, with everyone who may take
    // it, and marks a way found under some policies only.
    Map<List<String>, Map<String, Set<Party>>> ways = new LinkedHashMap<>();
    merged.entrySet().stream()
        .sorted(
            Comparator.comparing((Map.Entry<Move, Set<Era>> e) -> e.getKey().from(), order)
                .thenComparing(e -> e.getKey().to(), order))
        .forEach(
            e -> {
              Move move = e.getKey();
              Set<Party> parties =
                  ways.computeIfAbsent(List.of(move.from(), move.to()), k -> new TreeMap<>())
                      .computeIfAbsent(
                          move.verb() + eras(e.getValue(), byEra.keySet()),
                          k -> EnumSet.noneOf(Party.class));
              move.by().ifPresent(parties::add);
            });
    Map<List<String>, List<String>> arrows = new LinkedHashMap<>();
    ways.forEach(
        (pair, verbs) -> {
          List<String> labels = new ArrayList<>();
          verbs.forEach((verb, parties) -> labels.add(verb + who(parties)));
          arrows.put(pair, labels);
        });
    Set<String> reached = new TreeSet<>(order);
    Set<String> leaving = new HashSet<>();
    for (List<String> pair : arrows.keySet()) {
      reached.add(pair.get(1));
      if (!pair.get(0).equals(pair.get(1))) {
        leaving.add(pair.get(0));
      }
    }
    reached.remove(LifecycleExplorer.OUTSIDE);

    page.append("\n## ").append(lifecycle.name()).append("\n\n");
    page.append("Explored under the ")
        .append(
            byEra.keySet().stream()
                .map(era -> era.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(" and ")))
        .append(byEra.size() == 1 ? " policy" : " policies");
    Set<Era> without = EnumSet.complementOf(EnumSet.copyOf(byEra.keySet()));
    page.append(
        without.isEmpty()
            ? ".\n\n"
            : "; the "
                + without.stream()
                    .map(era -> era.name().toLowerCase(Locale.ROOT))
                    .collect(Collectors.joining(" and "))
                + " policy allows none.\n\n");
    page.append("```mermaid\nstateDiagram-v2\n");
    for (Map.Entry<List<String>, List<String>> arrow : arrows.entrySet()) {
      page.append("    ")
          .append(arrow.getKey().get(0))
          .append(" --> ")
          .append(arrow.getKey().get(1))
          .append(" : ")
          .append(String.join(", ", arrow.getValue()))
          .append('\n');
    }
    for (String status : reached) {
      if (!leaving.contains(status)) {
        page.append("    ").append(status).append(" --> [*]\n");
      }
    }
    page.append("```\n\n");
    page.append("| from | to | how |\n|---|---|---|\n");
    for (Map.Entry<List<String>, List<String>> arrow : arrows.entrySet()) {
      page.append("| ")
          .append(cell(arrow.getKey().get(0)))
          .append(" | ")
          .append(cell(arrow.getKey().get(1)))
          .append(" | ")
          .append(String.join("; ", arrow.getValue()))
          .append(" |\n");
    }
    List<String> never = new ArrayList<>(lifecycle.statuses());
    never.removeAll(reached);
    never.remove("UNKNOWN");
    page.append('\n');
    if (!never.isEmpty()) {
      page.append("The engine never gives a status of ")
          .append(never.stream().map(s -> "`" + s + "`").collect(Collectors.joining(", ")))
          .append("; the client reads them from Microsoft's service. ");
    }
    page.append("`UNKNOWN` stands for a status a newer service may send.\n");
  }

  private static String who(Set<Party> parties) {
    return parties.isEmpty()
        ? ""
        : parties.stream().map(p -> p.label).collect(Collectors.joining(" or ", " (", ")"));
  }

  private static String cell(String status) {
    return status.equals(LifecycleExplorer.OUTSIDE) ? "(none)" : "`" + status + "`";
  }

  private static String eras(Set<Era> found, Set<Era> explored) {
    return found.equals(explored)
        ? ""
        : found.stream()
            .map(era -> era.name().toLowerCase(Locale.ROOT))
            .collect(Collectors.joining(" and ", " [", " only]"));
  }

  @Test
  void theLifecyclesPageIsTheEnginesOwn() throws IOException {
    String expected = render();
    if (Boolean.getBoolean("partnerkit.regenerate")) {
      Files.writeString(PAGE, expected, StandardCharsets.UTF_8);
    }
    assertThat(Files.exists(PAGE) ? Files.readString(PAGE, StandardCharsets.UTF_8) : "")
        .as(
            "docs/lifecycles.md differs from what the engine does; regenerate it with: %s",
            REGENERATE)
        .isEqualTo(expected);
  }

  @Test
  void everyVerbOnAnInvitationOrARelationshipIsExplored() {
    Set<Class<?>> explored = new HashSet<>();
    for (Lifecycle lifecycle : lifecycles()) {
      for (Creation creation : lifecycle.creations()) {
        explored.add(creation.create().getClass());
      }
      for (Function<Party, Action> verb : lifecycle.verbs()) {
        explored.add(verb.apply(Party.CUSTOMER).getClass());
      }
    }
    for (Class<?> verb : Action.class.getPermittedSubclasses()) {
      for (RecordComponent component : verb.getRecordComponents()) {
        if (component.getType() == InvitationId.class
            || component.getType() == RelationshipId.class) {
          assertThat(explored).as("%s acts on a record with a lifecycle", verb).contains(verb);
        }
      }
    }
  }

  @Test
  void eachLifecycleLeavesItsFirstStatusAndReachesAnEnd() {
    for (Lifecycle lifecycle : lifecycles()) {
      Map<Move, Set<Era>> moves = LifecycleExplorer.merge(explore(lifecycle));
      assertThat(moves.keySet())
          .as(lifecycle.name())
          .anyMatch(m -> m.from().equals(LifecycleExplorer.OUTSIDE))
          .anyMatch(m -> !m.from().equals(LifecycleExplorer.OUTSIDE) && !m.from().equals(m.to()));
    }
  }
}

package dev.partnerkit.examples;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.partnerkit.client.PartnerApiException;
import dev.partnerkit.client.PartnerClient;
import dev.partnerkit.client.graph.DelegatedAdminAccessAssignment;
import dev.partnerkit.client.graph.DelegatedAdminAccessContainer;
import dev.partnerkit.client.graph.DelegatedAdminAccessDetails;
import dev.partnerkit.client.graph.DelegatedAdminRelationship;
import dev.partnerkit.client.graph.DelegatedAdminRelationshipCustomerParticipant;
import dev.partnerkit.client.graph.NewAccessAssignment;
import dev.partnerkit.client.graph.NewDelegatedAdminRelationship;
import dev.partnerkit.client.partnercenter.PcSubscription;
import dev.partnerkit.model.AdminTask;
import dev.partnerkit.model.BillingCycle;
import dev.partnerkit.model.Customer;
import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.Offer;
import dev.partnerkit.model.OfferLine;
import dev.partnerkit.model.Partner;
import dev.partnerkit.model.RelationshipId;
import dev.partnerkit.model.Role;
import dev.partnerkit.model.ServiceId;
import dev.partnerkit.model.json.PartnerJson;
import dev.partnerkit.rules.ProgramPolicy;
import dev.partnerkit.testing.PartnerSandbox;
import dev.partnerkit.testing.Samples;
import dev.partnerkit.testing.SandboxException;
import dev.partnerkit.testing.SandboxRequest;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The tour: a story that shows every part of the partner program, played through partner-client
 * over real HTTP against embedded sandboxes on loopback (one under the seed policy, one under the
 * modern policy, whose story ends with {@link NewCommerceStory}). Each step says what was asked,
 * what came back and why; every refusal shows its rule ids and reasons.
 *
 * <p>Not thread-safe; run once.
 */
final class Tour {
  private static final ServiceId EXCHANGE = Samples.EXCHANGE_ONLINE;

  private final List<TourStep> steps = new ArrayList<>();
  private final List<String> sandboxes = new ArrayList<>();
  private PartnerSandbox sandbox;

  /**
   * One step of the tour, as printed and as written to the JSON transcript; {@code asTold} says
   * whether it came out as the story expects (allowed, or refused by the expected rule).
   */
  record TourStep(
      int number,
      String policy,
      String actor,
      String asked,
      List<String> calls,
      String outcome,
      List<String> rules,
      List<String> reasons,
      String why,
      boolean asTold) {}

  /**
   * Runs the whole story and returns its steps. The two policies' stories share nothing (each has
   * its own sandbox), so the modern one plays on a second thread while the seed one plays here:
   * most of the tour's time is a cold JVM loading classes and running them interpreted, and the two
   * stories' share of it overlaps on a second core. The steps are numbered in the story's order.
   */
  List<TourStep> run() {
    Tour modern = new Tour();
    FutureTask<Void> modernPlayed = new FutureTask<>(modern::playModern, null);
    Thread thread = new Thread(modernPlayed, "partnerkit-tour-modern");
    thread.setDaemon(true);
    thread.start();
    playSeed();
    try {
      modernPlayed.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while the modern story played", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    }
    sandboxes.addAll(modern.sandboxes);
    for (TourStep step : modern.steps) {
      steps.add(
          new TourStep(
              steps.size() + 1,
              step.policy(),
              step.actor(),
              step.asked(),
              step.calls(),
              step.outcome(),
              step.rules(),
              step.reasons(),
              step.why(),
              step.asTold()));
    }
    return steps;
  }

  private void playSeed() {
    try (PartnerSandbox seed = PartnerSandbox.builder().policy(ProgramPolicy.seed()).start()) {
      sandbox = seed;
      sandboxes.add("seed policy: " + seed.baseUri());
      seedStory();
    }
  }

  private void playModern() {
    try (PartnerSandbox modern = PartnerSandbox.builder().policy(ProgramPolicy.modern()).start()) {
      sandbox = modern;
      sandboxes.add("modern policy: " + modern.baseUri());
      modernStory();
      new NewCommerceStory(this, modern).play();
    }
  }

  private void seedStory() {
    Partner northwind = Samples.NORTHWIND;
    Partner adatum = Samples.ADATUM;
    Customer fabrikam = Samples.FABRIKAM;
    CustomerId fab = fabrikam.getId();

    Offer trial =
        step(
            "seed",
            northwind,
            "sends "
                + name(fabrikam)
                + " a trial invitation for Exchange Online with the delegated-admin option",
            "a partner certified through Cloud Essentials may add the delegated-admin option (ELIG-1, DA-7)",
            () ->
                sandbox
                    .partner(northwind.getId())
                    .sendTrialInvitation(fab, List.of(EXCHANGE), true),
            o ->
                "invitation "
                    + o.getId()
                    + " is "
                    + o.getStatus()
                    + ", valid until "
                    + o.getExpiresAt());
    step(
        "seed",
        fabrikam,
        "accepts the trial invitation",
        "accepting gives the trial and the grant together (DA-8); the trial has the catalog's fixed terms (TRIAL-2)",
        () -> sandbox.customer(fab).accept(trial.getId()),
        o -> o.getStatus() + "; delegated admins now " + sandbox.customer(fab).delegatedAdmins());
    PartnerClient client = sandbox.client(northwind.getId());
    step(
        "seed",
        northwind,
        "lists " + name(fabrikam) + "'s subscriptions through Partner Center",
        "the reseller sees the customer it serves",
        () -> client.subscriptions().list(fab),
        subs -> describe(subs));
    step(
        "seed",
        northwind,
        "adds a user for " + name(fabrikam),
        "the delegated admin may perform any administrative task (DA-4)",
        () -> {
          sandbox.partner(northwind.getId()).performAdminTask(fab, AdminTask.ADD_USER);
          return "done";
        },
        done -> "user added");
    step(
        "seed",
        northwind,
        "sets up a mailbox for " + name(fabrikam),
        "the same grant covers mailboxes (DA-4)",
        () -> {
          sandbox.partner(northwind.getId()).performAdminTask(fab, AdminTask.SET_UP_MAILBOX);
          return "done";
        },
        done -> "mailbox set up");
    sandbox.clock().advance(Duration.ofDays(20));
    Offer purchase =
        step(
            "seed",
            northwind,
            "follows up 20 days later with a purchase offer: 40 Exchange Online licenses billed annually",
            "a purchase offer may follow up a trial (OFFER-10); 40 is within the service's 1..300 (OFFER-4) and annual billing is supported (OFFER-6)",
            () ->
                sandbox
                    .partner(northwind.getId())
                    .sendPurchaseOffer(
                        fab, List.of(OfferLine.of(EXCHANGE, 40)), BillingCycle.ANNUAL, false),
            o -> "offer " + o.getId() + " is " + o.getStatus());
    step(
        "seed",
        fabrikam,
        "accepts the purchase offer, converting the trial",
        "the trial converts to paid and keeps its subscription id (TRIAL-4)",
        () -> {
          sandbox.customer(fab).accept(purchase.getId());
          return client.subscriptions().list(fab);
        },
        subs -> describe(subs));

    Offer rival =
        step(
            "seed",
            adatum,
            "asks " + name(fabrikam) + " for delegated administration",
            "Adatum is certified too (Cloud Accelerate on Cloud Essentials, ELIG-4), so it may ask",
            () -> sandbox.partner(adatum.getId()).sendDelegatedAdminInvitation(fab),
            o -> "invitation " + o.getId() + " is " + o.getStatus());
    refused(
        "DA-2",
        "seed",
        fabrikam,
        "accepts Adatum's delegated-admin invitation",
        "a customer has at most one delegated-admin partner under the seed policy",
        () -> sandbox.customer(fab).accept(rival.getId()),
        o -> o.getStatus().toString());
    step(
        "seed",
        fabrikam,
        "designates Adatum as its partner of record instead",
        "the partner of record is designated by the customer apart from the delegated admin (POR-1, POR-2)",
        () -> sandbox.customer(fab).designatePartnerOfRecord(adatum.getId()),
        por ->
            "partner of record "
                + por.getPartner()
                + "; delegated admins still "
                + sandbox.customer(fab).delegatedAdmins()
                + " (POR-3: neither role changes the other)");
    refused(
        "ELIG-1",
        "seed",
        Samples.CONTOSO_UNCERTIFIED,
        "sends " + name(Samples.WINGTIP) + " a trial invitation with the delegated-admin option",
        "Contoso signed the agreement but is enrolled in no qualifying program",
        () ->
            sandbox
                .partner(Samples.CONTOSO_UNCERTIFIED.getId())
                .sendTrialInvitation(Samples.WINGTIP.getId(), List.of(EXCHANGE), true),
        o -> o.getStatus().toString());
    refused(
        "CLOUD-1",
        "seed",
        Samples.PROSEWARE_CHINA,
        "sends "
            + name(Samples.COHO_CHINA)
            + ", a customer of Office 365 operated by 21Vianet, a trial invitation",
        "partner features are not available in Office 365 operated by 21Vianet under the seed policy",
        () ->
            sandbox
                .partner(Samples.PROSEWARE_CHINA.getId())
                .sendTrialInvitation(Samples.COHO_CHINA.getId(), List.of(EXCHANGE), false),
        o -> o.getStatus().toString());
    step(
        "seed",
        fabrikam,
        "files a service request with Microsoft support itself",
        "a customer can always contact Microsoft support directly, delegated admin or not (SUP-1)",
        () -> sandbox.customer(fab).fileServiceRequest("Mail flow to the new mailbox is delayed"),
        request -> "service request " + request.getId() + " is " + request.getStatus());
  }

  private void modernStory() {
    Partner tailwind = Samples.TAILWIND_CSP;
    Customer wingtip = Samples.WINGTIP;
    CustomerId customer = wingtip.getId();
    PartnerClient client = sandbox.client(tailwind.getId());
    DelegatedAdminRelationship created =
        step(
            "modern",
            tailwind,
            "creates a granular relationship with "
                + name(wingtip)
                + ": User and Helpdesk Administrator for P730D, auto-extending",
            "granular relationships exist under the modern policy (POLICY-1); P730D is the longest duration (GDAP-1); auto-extend P180D is allowed without Global Administrator (GDAP-4, GDAP-5)",
            () ->
                client
                    .gdap()
                    .relationships()
                    .create(
                        NewDelegatedAdminRelationship.builder()
                            .displayName("Tailwind helpdesk for Wingtip")
                            .duration("P730D")
                            .customer(
                                DelegatedAdminRelationshipCustomerParticipant.builder()
                                    .tenantId(customer.toString())
                                    .build())
                            .accessDetails(
                                DelegatedAdminAccessDetails.of(
                                    List.of(Role.USER_ADMINISTRATOR, Role.HELPDESK_ADMINISTRATOR)))
                            .autoExtendDuration("P180D")
                            .build()),
            r ->
                "relationship "
                    + r.getId()
                    + " is "
                    + r.getStatus().map(Object::toString).orElse("?"));
    String id = created.getId();
    step(
        "modern",
        tailwind,
        "locks it for the customer's approval",
        "lock for approval only from created (GDAP-6)",
        () -> client.gdap().relationships().lockForApproval(id),
        request ->
            "request "
                + request.getAction().map(Object::toString).orElse("lockForApproval")
                + " accepted; the relationship waits for approval (GDAP-8 gives 90 days)");
    step(
        "modern",
        wingtip,
        "approves it in its admin center",
        "only the customer approves (DA-6)",
        () -> sandbox.customer(customer).approve(RelationshipId.of(id)),
        r ->
            "relationship is "
                + r.getStatus().getWireName()
                + " until "
                + r.getEndsAt().map(Object::toString).orElse("?")
                + " (GDAP-10)");
    step(
        "modern",
        tailwind,
        "assigns Helpdesk Administrator to its security group 'Tailwind helpdesk'",
        "access assignments are made only while active, with roles among the approved ones (GDAP-7)",
        () ->
            client
                .gdap()
                .accessAssignments()
                .create(
                    id,
                    NewAccessAssignment.builder()
                        .accessContainer(
                            DelegatedAdminAccessContainer.builder()
                                .accessContainerId("Tailwind helpdesk")
                                .build())
                        .accessDetails(
                            DelegatedAdminAccessDetails.of(List.of(Role.HELPDESK_ADMINISTRATOR)))
                        .build()),
        (DelegatedAdminAccessAssignment a) ->
            "assignment " + a.getId() + " is " + a.getStatus().map(Object::toString).orElse("?"));
    refused(
        "DA-4",
        "modern",
        tailwind,
        "tries to set up a mailbox for " + name(wingtip),
        "under a granular relationship a partner performs only the tasks its roles cover",
        () -> {
          sandbox.partner(tailwind.getId()).performAdminTask(customer, AdminTask.SET_UP_MAILBOX);
          return "done";
        },
        done -> "mailbox set up");
    step(
        "modern",
        tailwind,
        "resets a user's password for " + name(wingtip),
        "Helpdesk Administrator covers password resets (DA-4)",
        () -> {
          sandbox.partner(tailwind.getId()).performAdminTask(customer, AdminTask.RESET_PASSWORD);
          return "done";
        },
        done -> "password reset");
    step(
        "modern",
        tailwind,
        "terminates the relationship",
        "terminate only from active (GDAP-6); it is never reactivated (GDAP-9)",
        () -> {
          client.gdap().relationships().terminate(id);
          return client.gdap().relationships().get(id);
        },
        r ->
            "relationship is "
                + r.getStatus().map(Object::toString).orElse("?")
                + "; delegated admins of "
                + name(wingtip)
                + " now "
                + sandbox.customer(customer).delegatedAdmins());
  }

  /** Runs a step the rules allow. */
  <T> T step(
      String policy,
      Object actor,
      String asked,
      String why,
      Supplier<T> action,
      Function<T, String> describe) {
    return play(null, policy, actor, asked, why, action, describe);
  }

  /** Runs a step the rules refuse, citing {@code rule}. */
  <T> void refused(
      String rule,
      String policy,
      Object actor,
      String asked,
      String why,
      Supplier<T> action,
      Function<T, String> describe) {
    play(rule, policy, actor, asked, why, action, describe);
  }

  /**
   * Runs one step: records what was asked, the HTTP calls it made, and what came back or why not.
   */
  private <T> T play(
      String expectedRule,
      String policy,
      Object actor,
      String asked,
      String why,
      Supplier<T> action,
      Function<T, String> describe) {
    int before = sandbox.requests().size();
    String who = actor instanceof Partner p ? p.getName() : name((Customer) actor);
    T result = null;
    String outcome;
    List<String> rules = List.of();
    List<String> reasons = List.of();
    try {
      result = action.get();
      outcome = describe.apply(result);
    } catch (SandboxException e) {
      rules = e.getRuleIds();
      reasons = reasons(e.getDescription().orElse(e.getMessage()));
      outcome = "refused (" + e.getStatus() + ")";
    } catch (PartnerApiException e) {
      rules = ruleIds(e.getErrorDescription().orElse(e.getMessage()));
      reasons = reasons(e.getErrorDescription().orElse(e.getMessage()));
      outcome = "refused (" + e.getStatus() + ")";
    }
    List<String> calls = new ArrayList<>();
    List<SandboxRequest> requests = sandbox.requests();
    for (SandboxRequest r : requests.subList(before, requests.size())) {
      calls.add(r.method() + " " + r.path() + " -> " + r.status());
    }
    boolean asTold = expectedRule == null ? result != null : rules.contains(expectedRule);
    steps.add(
        new TourStep(
            steps.size() + 1, policy, who, asked, calls, outcome, rules, reasons, why, asTold));
    return result;
  }

  /** Splits a denial's description into its reasons and shows customers by name, not tenant id. */
  private static List<String> reasons(String description) {
    String named = description;
    for (Customer customer : Samples.customers()) {
      named = named.replace(customer.getId().toString(), name(customer));
    }
    List<String> reasons = new ArrayList<>();
    for (String part : named.split("(?<=[.;]) (?=[A-Z]+-\\d+: )")) {
      reasons.add(part.strip());
    }
    return reasons;
  }

  private static List<String> ruleIds(String description) {
    List<String> ids = new ArrayList<>();
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("\\b[A-Z]+-\\d+\\b").matcher(description);
    while (m.find()) {
      if (!ids.contains(m.group())) {
        ids.add(m.group());
      }
    }
    return ids;
  }

  private static String describe(List<PcSubscription> subscriptions) {
    return subscriptions.stream()
        .map(
            s ->
                s.getOfferId().orElse("?")
                    + " x"
                    + s.getQuantity()
                    + (s.isTrial() ? " (trial)" : " (paid)")
                    + " id "
                    + s.getId())
        .collect(Collectors.joining(", ", "subscriptions: ", ""));
  }

  static String name(Customer customer) {
    return customer.getProfile().getCompanyName();
  }

  /** Prints the steps as a narrative a person can follow. */
  void print(PrintStream out) {
    out.println(
        "Partnerkit tour: the Microsoft 365 partner program, played over HTTP against the embedded sandbox");
    sandboxes.forEach(s -> out.println("  sandbox (" + s + ")"));
    String policy = "";
    for (TourStep step : steps) {
      if (!step.policy().equals(policy)) {
        policy = step.policy();
        out.println();
        out.println(
            policy.equals("seed")
                ? "== Seed policy: one delegated admin per customer, certified through Cloud Essentials, Accelerate or Deployment"
                : "== Modern policy: granular, time-bound delegated admin relationships with least-privilege roles, and new-commerce subscriptions");
      }
      out.printf(Locale.ROOT, "%n%2d. %s %s%n", step.number(), step.actor(), step.asked());
      for (String call : step.calls()) {
        out.println("      " + call);
      }
      out.println("    -> " + step.outcome());
      for (String reason : step.reasons()) {
        out.println("       " + reason);
      }
      out.println("    why: " + step.why());
      if (!step.asTold()) {
        out.println("    !! this step did not come out as the story expects");
      }
    }
    long refused = steps.stream().filter(s -> !s.rules().isEmpty()).count();
    out.println();
    out.println(
        steps.size()
            + " steps, "
            + refused
            + " refused by the rules, "
            + steps.stream().mapToInt(s -> s.calls().size()).sum()
            + " HTTP calls.");
  }

  /** Writes the steps as a JSON transcript. */
  void printJson(PrintStream out) {
    ObjectNode root = PartnerJson.mapper().createObjectNode();
    ArrayNode sb = root.putArray("sandboxes");
    sandboxes.forEach(sb::add);
    ArrayNode array = root.putArray("steps");
    for (TourStep step : steps) {
      ObjectNode s = array.addObject();
      s.put("step", step.number());
      s.put("policy", step.policy());
      s.put("actor", step.actor());
      s.put("asked", step.asked());
      step.calls().forEach(s.putArray("calls")::add);
      s.put("outcome", step.outcome());
      step.rules().forEach(s.putArray("rules")::add);
      step.reasons().forEach(s.putArray("reasons")::add);
      s.put("why", step.why());
      s.put("asTold", step.asTold());
    }
    out.println(root.toPrettyString());
  }
}

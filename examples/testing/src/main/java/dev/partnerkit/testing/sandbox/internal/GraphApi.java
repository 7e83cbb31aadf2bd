package dev.partnerkit.testing.sandbox.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.partnerkit.client.graph.DelegatedAdminAccessAssignment;
import dev.partnerkit.client.graph.DelegatedAdminAccessAssignmentStatus;
import dev.partnerkit.client.graph.DelegatedAdminAccessContainer;
import dev.partnerkit.client.graph.DelegatedAdminAccessContainerType;
import dev.partnerkit.client.graph.DelegatedAdminAccessDetails;
import dev.partnerkit.client.graph.DelegatedAdminCustomer;
import dev.partnerkit.client.graph.DelegatedAdminRelationship;
import dev.partnerkit.client.graph.DelegatedAdminRelationshipCustomerParticipant;
import dev.partnerkit.client.graph.DelegatedAdminRelationshipRequest;
import dev.partnerkit.client.graph.DelegatedAdminRelationshipRequestAction;
import dev.partnerkit.client.graph.DelegatedAdminRelationshipRequestStatus;
import dev.partnerkit.client.graph.DelegatedAdminRelationshipStatus;
import dev.partnerkit.client.graph.DelegatedAdminRelationshipUpdate;
import dev.partnerkit.client.graph.NewAccessAssignment;
import dev.partnerkit.client.graph.NewDelegatedAdminRelationship;
import dev.partnerkit.client.graph.UnifiedRole;
import dev.partnerkit.model.AccessAssignment;
import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.GranularRelationship;
import dev.partnerkit.model.PartnerId;
import dev.partnerkit.model.RelationshipId;
import dev.partnerkit.model.RelationshipStatus;
import dev.partnerkit.model.Role;
import dev.partnerkit.rules.Action;
import dev.partnerkit.rules.Actor;
import dev.partnerkit.rules.Event;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Not API: Microsoft Graph's granular delegated admin calls, served from the program's granular
 * relationships: create, get, list (filtered by status, paged with {@code @odata.nextLink}), update
 * and delete with {@code If-Match}, lock for approval and terminate requests (and their reads, with
 * the relationship's long-running operations, in {@link GraphRequestsApi}), access assignments
 * (create and read: the rules have no verb that changes or removes one), and the delegated admin
 * customers.
 *
 * <p>Every resource carries an {@code @odata.etag} computed from its representation; an update or
 * delete whose {@code If-Match} differs gets 412, one without {@code If-Match} 428. A partner sees
 * only its own relationships; another partner's is 403. The customer approves at {@code
 * /sandbox/customer/relationships/{id}/approve}. Thread-safe.
 */
public final class GraphApi {
  static final String RELATIONSHIPS = "/tenantRelationships/delegatedAdminRelationships";
  static final String CUSTOMERS = "/tenantRelationships/delegatedAdminCustomers";

  private static final int MAX_PAGE_SIZE = 300;
  private static final Pattern OR = Pattern.compile("\\s+or\\s+");
  private static final Pattern STATUS_TERM =
      Pattern.compile("\\s*status\\s+eq\\s+'([A-Za-z]+)'\\s*");
  // One customer's relationships, as a walk over customers asks for them; '' is a quoted quote.
  private static final Pattern CUSTOMER_TERM =
      Pattern.compile("\\s*customer/tenantId\\s+eq\\s+'((?:[^']|'')*)'\\s*");

  private final SandboxContext context;
  private final GraphRequestsApi requests;

  private GraphApi(SandboxContext context) {
    this.context = context;
    this.requests = new GraphRequestsApi(this);
  }

  /**
   * Adds Graph's routes.
   *
   * @param router the router
   * @param context the sandbox's context
   */
  public static void register(Router router, SandboxContext context) {
    GraphApi api = new GraphApi(context);
    Api graph = Api.GRAPH;
    router
        .add(graph, "POST", RELATIONSHIPS, api::create)
        .add(graph, "GET", RELATIONSHIPS, api::list)
        .add(graph, "GET", RELATIONSHIPS + "/{id}", api::get)
        .add(graph, "PATCH", RELATIONSHIPS + "/{id}", api::update)
        .add(graph, "DELETE", RELATIONSHIPS + "/{id}", api::delete)
        .add(graph, "POST", RELATIONSHIPS + "/{id}/requests", api::request)
        .add(graph, "GET", RELATIONSHIPS + "/{id}/requests", api.requests::listRequests)
        .add(graph, "GET", RELATIONSHIPS + "/{id}/requests/{request}", api.requests::getRequest)
        .add(graph, "GET", RELATIONSHIPS + "/{id}/operations", api.requests::listOperations)
        .add(
            graph,
            "GET",
            RELATIONSHIPS + "/{id}/operations/{operation}",
            api.requests::getOperation)
        .add(graph, "POST", RELATIONSHIPS + "/{id}/accessAssignments", api::assign)
        .add(graph, "GET", RELATIONSHIPS + "/{id}/accessAssignments", api::assignments)
        .add(graph, "GET", RELATIONSHIPS + "/{id}/accessAssignments/{assignment}", api::assignment)
        .add(graph, "GET", CUSTOMERS, api::customers)
        .add(graph, "GET", CUSTOMERS + "/{customer}", api::customer);
  }

  // ------------------------------------------------------------------ relationships

  private ApiResponse create(ApiRequest r) {
    PartnerId partner = r.partner().partner();
    NewDelegatedAdminRelationship input = r.body(NewDelegatedAdminRelationship.class);
    CustomerId customer =
        input
            .getCustomer()
            .flatMap(DelegatedAdminRelationshipCustomerParticipant::getTenantId)
            .map(SandboxContext::customerId)
            .orElseThrow(
                () ->
                    ApiProblem.badRequest(
                        "customer.tenantId is required: the sandbox binds a relationship to its"
                            + " customer when it is created."));
    RelationshipId id = RelationshipId.of(UUID.randomUUID() + "-" + UUID.randomUUID());
    Duration duration = duration(input.getDuration(), "duration");
    Duration autoExtend =
        input
            .getAutoExtendDuration()
            .map(d -> duration(d, "autoExtendDuration"))
            .orElse(Duration.ZERO);
    context.apply(
        new Action.CreateRelationship(
            id,
            partner,
            customer,
            input.getDisplayName(),
            duration,
            roles(input.getAccessDetails()),
            autoExtend),
        r);
    context.directory().addRelationship(partner, id);
    context.directory().touch(id, r.now());
    return ApiResponse.created(wire(own(r, partner, id), r.now()));
  }

  private ApiResponse get(ApiRequest r) {
    PartnerId partner = r.partner().partner();
    return ApiResponse.ok(wire(own(r, partner, relationshipId(r)), r.now()));
  }

  private ApiResponse list(ApiRequest r) {
    PartnerId partner = r.partner().partner();
    Optional<String> filter = r.query("$filter");
    // The model, not the wire form: a page renders only its own items (building every wire form,
    // ETag included, made a page cost as much as all of a partner's relationships).
    TreeMap<String, GranularRelationship> items = new TreeMap<>();
    Matcher customer = CUSTOMER_TERM.matcher(filter.orElse(""));
    if (customer.matches()) {
      // A tenant id that is not one matches no relationship, as a filter on any value does.
      customerId(customer.group(1).replace("''", "'"))
          .map(c -> context.program().relationships(c, r.now()))
          .orElse(List.of())
          .stream()
          .filter(g -> g.getPartner().equals(partner))
          .forEach(g -> items.put(g.getId().value(), g));
      return page(r, RELATIONSHIPS, query(filter), items, g -> wire(g, r.now()));
    }
    Set<RelationshipStatus> statuses = statuses(filter);
    for (RelationshipId id : context.directory().relationshipsOf(partner)) {
      Optional<GranularRelationship> found = context.program().relationship(id, r.now());
      if (found.isEmpty()) {
        context.directory().removeRelationship(partner, id);
      } else if (found.get().getPartner().equals(partner)
          && (statuses.isEmpty() || statuses.contains(found.get().getStatus()))) {
        items.put(id.value(), found.get());
      }
    }
    return page(r, RELATIONSHIPS, query(filter), items, g -> wire(g, r.now()));
  }

  /** The filter for the next page's link, so that every page keeps it. */
  private static String query(Optional<String> filter) {
    return filter
        .map(f -> "%24filter=" + URLEncoder.encode(f, StandardCharsets.UTF_8) + "&")
        .orElse("");
  }

  private static Optional<CustomerId> customerId(String tenant) {
    try {
      return Optional.of(CustomerId.parse(tenant));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private ApiResponse update(ApiRequest r) {
    PartnerId partner = r.partner().partner();
    RelationshipId id = relationshipId(r);
    GranularRelationship current = own(r, partner, id);
    requireMatch(r, wire(current, r.now()).getEtag().orElseThrow());
    DelegatedAdminRelationshipUpdate input = r.body(DelegatedAdminRelationshipUpdate.class);
    if (input
        .getCustomer()
        .flatMap(DelegatedAdminRelationshipCustomerParticipant::getTenantId)
        .filter(t -> !t.equalsIgnoreCase(current.getCustomer().toString()))
        .isPresent()) {
      throw ApiProblem.badRequest(
          "The sandbox binds a relationship to its customer when it is created; create a new"
              + " relationship for another customer.");
    }
    context.apply(
        new Action.UpdateRelationship(
            id,
            Actor.partner(partner),
            input.getDisplayName(),
            input.getDuration().map(d -> duration(d, "duration")),
            input.getAccessDetails().map(GraphApi::roles),
            input.getAutoExtendDuration().map(d -> duration(d, "autoExtendDuration"))),
        r);
    context.directory().touch(id, r.now());
    return ApiResponse.ok(wire(own(r, partner, id), r.now()));
  }

  private ApiResponse delete(ApiRequest r) {
    PartnerId partner = r.partner().partner();
    RelationshipId id = relationshipId(r);
    GranularRelationship current = own(r, partner, id);
    requireMatch(r, wire(current, r.now()).getEtag().orElseThrow());
    context.apply(new Action.DeleteRelationship(id, Actor.partner(partner)), r);
    context.directory().removeRelationship(partner, id);
    return ApiResponse.noContent();
  }

  private ApiResponse request(ApiRequest r) {
    PartnerId partner = r.partner().partner();
    RelationshipId id = relationshipId(r);
    own(r, partner, id);
    DelegatedAdminRelationshipRequestAction action = requestAction(r.body());
    Actor by = Actor.partner(partner);
    switch (action) {
      case LOCK_FOR_APPROVAL -> context.apply(new Action.LockForApproval(id, by), r);
      case TERMINATE -> context.apply(new Action.TerminateRelationship(id, by), r);
      case APPROVE -> context.apply(new Action.ApproveRelationship(id, by), r);
      default ->
          throw ApiProblem.badRequest(
              "A partner's relationship request is lockForApproval or terminate; the customer"
                  + " approves at /sandbox/customer/relationships/{id}/approve.");
    }
    context.directory().touch(id, r.now());
    DelegatedAdminRelationshipRequest made =
        DelegatedAdminRelationshipRequest.builder()
            .odataType("#microsoft.graph.delegatedAdminRelationshipRequest")
            .id(UUID.randomUUID().toString())
            .action(action)
            .status(DelegatedAdminRelationshipRequestStatus.SUCCEEDED)
            .createdDateTime(r.now())
            .lastModifiedDateTime(r.now())
            .build();
    requests.record(id, made);
    return ApiResponse.created(made);
  }

  private static DelegatedAdminRelationshipRequestAction requestAction(byte[] body) {
    JsonNode action;
    try {
      JsonNode tree = Wire.MAPPER.readTree(body);
      action = tree == null ? null : tree.get("action");
    } catch (IOException e) {
      throw ApiProblem.badRequest("The request body is not JSON.");
    }
    if (action == null || !action.isTextual()) {
      throw ApiProblem.badRequest("A relationship request needs an \"action\".");
    }
    return Wire.MAPPER.convertValue(action, DelegatedAdminRelationshipRequestAction.class);
  }

  // ------------------------------------------------------------------ access assignments

  private ApiResponse assign(ApiRequest r) {
    PartnerId partner = r.partner().partner();
    RelationshipId id = relationshipId(r);
    own(r, partner, id);
    NewAccessAssignment input = r.body(NewAccessAssignment.class);
    String group = input.getAccessContainer().getAccessContainerId();
    if (group.isBlank()) {
      throw ApiProblem.badRequest("accessContainer.accessContainerId must not be blank.");
    }
    Event event =
        context.apply(
            new Action.AssignAccess(
                id, Actor.partner(partner), group, roles(input.getAccessDetails())),
            r);
    context.directory().touch(id, r.now());
    return ApiResponse.created(
        wire(Answers.assignment(context.program(), event, own(r, partner, id))));
  }

  private ApiResponse assignments(ApiRequest r) {
    PartnerId partner = r.partner().partner();
    RelationshipId id = relationshipId(r);
    TreeMap<String, DelegatedAdminAccessAssignment> items = new TreeMap<>();
    for (AccessAssignment a : own(r, partner, id).getAccessAssignments()) {
      items.put(a.getId().value(), wire(a));
    }
    return page(r, RELATIONSHIPS + "/" + encode(id.value()) + "/accessAssignments", "", items);
  }

  private ApiResponse assignment(ApiRequest r) {
    PartnerId partner = r.partner().partner();
    String wanted = r.variable("assignment");
    for (AccessAssignment a : own(r, partner, relationshipId(r)).getAccessAssignments()) {
      if (a.getId().value().equals(wanted)) {
        return ApiResponse.ok(wire(a));
      }
    }
    throw ApiProblem.notFound("Access assignment " + wanted + " could not be found.");
  }

  // ------------------------------------------------------------------ customers

  private NavigableMap<String, DelegatedAdminCustomer> delegatedCustomers(
      PartnerId partner, Instant now) {
    TreeMap<String, DelegatedAdminCustomer> customers = new TreeMap<>();
    for (RelationshipId id : context.directory().relationshipsOf(partner)) {
      context
          .program()
          .relationship(id, now)
          .filter(g -> g.getPartner().equals(partner) && g.getStatus().isInForce())
          .ifPresent(
              g -> {
                String tenant = g.getCustomer().toString();
                customers.put(
                    tenant,
                    DelegatedAdminCustomer.builder()
                        .odataType("#microsoft.graph.delegatedAdminCustomer")
                        .id(tenant)
                        .tenantId(tenant)
                        .displayName(displayName(g.getCustomer()))
                        .build());
              });
    }
    return customers;
  }

  private ApiResponse customers(ApiRequest r) {
    return page(r, CUSTOMERS, "", delegatedCustomers(r.partner().partner(), r.now()));
  }

  private ApiResponse customer(ApiRequest r) {
    String wanted = r.variable("customer");
    DelegatedAdminCustomer found =
        delegatedCustomers(r.partner().partner(), r.now())
            .get(wanted.toLowerCase(java.util.Locale.ROOT));
    if (found == null) {
      throw ApiProblem.notFound(
          "Delegated admin customer " + wanted + " could not be found among yours.");
    }
    return ApiResponse.ok(found);
  }

  // ------------------------------------------------------------------ helpers

  static RelationshipId relationshipId(ApiRequest r) {
    try {
      return RelationshipId.of(r.variable("id"));
    } catch (IllegalArgumentException e) {
      throw ApiProblem.notFound("Relationship " + r.variable("id") + " could not be found.");
    }
  }

  GranularRelationship own(ApiRequest r, PartnerId partner, RelationshipId id) {
    GranularRelationship relationship =
        context
            .program()
            .relationship(id, r.now())
            .orElseThrow(() -> ApiProblem.notFound("Relationship " + id + " could not be found."));
    if (!relationship.getPartner().equals(partner)) {
      throw ApiProblem.forbidden(
          "Relationship " + id + " belongs to another partner; a partner sees only its own.");
    }
    return relationship;
  }

  private static void requireMatch(ApiRequest r, String etag) {
    String ifMatch =
        r.header("If-Match")
            .orElseThrow(
                () ->
                    ApiProblem.preconditionRequired(
                        "Send If-Match with the @odata.etag last read (API-7)."));
    if (!ifMatch.trim().equals("*") && !ifMatch.trim().equals(etag)) {
      throw ApiProblem.preconditionFailed(
          "The relationship changed since it was read: its @odata.etag is no longer "
              + ifMatch.trim()
              + ". Read it again and retry.");
    }
  }

  /** Answers one page of items already in their wire form. */
  <T> ApiResponse page(ApiRequest r, String path, String query, NavigableMap<String, T> items) {
    return page(r, path, query, items, Function.identity());
  }

  /** Answers one page, rendering only the page's own items to their wire form. */
  <T> ApiResponse page(
      ApiRequest r,
      String path,
      String query,
      NavigableMap<String, T> items,
      Function<? super T, ?> render) {
    int top = top(r.query("$top"));
    Map<String, T> rest = items;
    Optional<String> skip = r.query("$skiptoken");
    if (skip.isPresent()) {
      rest = items.tailMap(decodeSkip(skip.get()), false);
    }
    List<Object> value = new ArrayList<>();
    String last = null;
    boolean more = false;
    for (Map.Entry<String, T> entry : rest.entrySet()) {
      if (value.size() == top) {
        more = true;
        break;
      }
      value.add(render.apply(entry.getValue()));
      last = entry.getKey();
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("@odata.context", context.origin() + Api.GRAPH.prefix() + "/$metadata");
    body.put("value", value);
    if (more) {
      body.put(
          "@odata.nextLink",
          context.origin()
              + Api.GRAPH.prefix()
              + path
              + "?"
              + query
              + "%24top="
              + top
              + "&%24skiptoken="
              + Base64.getUrlEncoder()
                  .withoutPadding()
                  .encodeToString(last.getBytes(StandardCharsets.UTF_8)));
    }
    return ApiResponse.ok(body);
  }

  private static String decodeSkip(String token) {
    try {
      return new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw ApiProblem.badRequest(
          "$skiptoken is not one the sandbox issued; follow @odata.nextLink.");
    }
  }

  private static int top(Optional<String> text) {
    if (text.isEmpty()) {
      return MAX_PAGE_SIZE;
    }
    try {
      int top = Integer.parseInt(text.get());
      if (top >= 1 && top <= MAX_PAGE_SIZE) {
        return top;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw ApiProblem.badRequest("$top must be 1 to " + MAX_PAGE_SIZE + ", but was " + text.get());
  }

  private static Set<RelationshipStatus> statuses(Optional<String> filter) {
    Set<RelationshipStatus> statuses = EnumSet.noneOf(RelationshipStatus.class);
    if (filter.isEmpty()) {
      return statuses;
    }
    for (String term : OR.splitAsStream(filter.get()).toList()) {
      Matcher m = STATUS_TERM.matcher(term);
      if (!m.matches()) {
        throw ApiProblem.badRequest(
            "The sandbox filters relationships by status, as in $filter=status eq 'active' or"
                + " status eq 'created', or by customer, as in $filter=customer/tenantId eq"
                + " '<tenant id>'.");
      }
      statuses.add(RelationshipStatus.fromWireName(m.group(1)));
    }
    return statuses;
  }

  private static Duration duration(String text, String field) {
    String t = text.trim();
    try {
      return Duration.parse(t);
    } catch (DateTimeParseException e) {
      try {
        Period p = Period.parse(t);
        return Duration.ofDays(p.getYears() * 365L + p.getMonths() * 30L + p.getDays());
      } catch (DateTimeParseException e2) {
        throw ApiProblem.badRequest(
            field + " must be an ISO-8601 duration such as P730D, but was \"" + text + "\".");
      }
    }
  }

  // Any well-formed roleDefinitionId is taken, named by the library or not (GDAP-12): Graph's
  // documentation says nothing of an answer for a GUID that names no role, so only a malformed id
  // is refused, as Graph refuses a bad request body.
  private static Set<Role> roles(DelegatedAdminAccessDetails details) {
    Set<Role> roles = new LinkedHashSet<>();
    for (UnifiedRole role : details.getUnifiedRoles()) {
      roles.add(
          role.toModel()
              .orElseThrow(
                  () ->
                      ApiProblem.badRequest(
                          "roleDefinitionId must be a GUID such as "
                              + Role.GLOBAL_ADMINISTRATOR.getRoleDefinitionId()
                              + ", but was \""
                              + role.getRoleDefinitionId()
                              + "\".")));
    }
    return roles;
  }

  private DelegatedAdminRelationship wire(GranularRelationship g, Instant now) {
    Instant modified = g.getCreatedAt();
    for (Optional<Instant> at :
        List.of(
            g.getLockedAt(),
            g.getActivatedAt(),
            g.getEndsAt().filter(end -> !end.isAfter(now)),
            context.directory().modified(g.getId()))) {
      if (at.isPresent() && at.get().isAfter(modified)) {
        modified = at.get();
      }
    }
    DelegatedAdminRelationship untagged =
        DelegatedAdminRelationship.builder()
            .odataType("#microsoft.graph.delegatedAdminRelationship")
            .id(g.getId().value())
            .displayName(g.getDisplayName())
            .duration(days(g.getDuration()))
            .customer(
                DelegatedAdminRelationshipCustomerParticipant.builder()
                    .tenantId(g.getCustomer().toString())
                    .displayName(displayName(g.getCustomer()))
                    .build())
            .accessDetails(DelegatedAdminAccessDetails.of(g.getRoles()))
            .status(DelegatedAdminRelationshipStatus.valueOf(g.getStatus().name()))
            .autoExtendDuration(g.isAutoExtending() ? days(g.getAutoExtendDuration()) : "PT0S")
            .createdDateTime(g.getCreatedAt())
            .lastModifiedDateTime(modified)
            .activatedDateTime(g.getActivatedAt())
            .endDateTime(g.getEndsAt())
            .build();
    return DelegatedAdminRelationship.builder().from(untagged).etag(Wire.etag(untagged)).build();
  }

  private static DelegatedAdminAccessAssignment wire(AccessAssignment a) {
    DelegatedAdminAccessAssignment untagged =
        DelegatedAdminAccessAssignment.builder()
            .odataType("#microsoft.graph.delegatedAdminAccessAssignment")
            .id(a.getId().value())
            .status(DelegatedAdminAccessAssignmentStatus.valueOf(a.getStatus().name()))
            .createdDateTime(a.getCreatedAt())
            .lastModifiedDateTime(a.getCreatedAt())
            .accessContainer(
                DelegatedAdminAccessContainer.builder()
                    .accessContainerId(a.getSecurityGroup())
                    .accessContainerType(DelegatedAdminAccessContainerType.SECURITY_GROUP)
                    .build())
            .accessDetails(DelegatedAdminAccessDetails.of(a.getRoles()))
            .build();
    return DelegatedAdminAccessAssignment.builder()
        .from(untagged)
        .etag(Wire.etag(untagged))
        .build();
  }

  private String displayName(CustomerId customer) {
    return context
        .program()
        .customer(customer)
        .map(c -> c.customer().getProfile().getCompanyName())
        .orElse(customer.toString());
  }

  private static String days(Duration duration) {
    return duration.toSeconds() % 86_400 == 0 ? "P" + duration.toDays() + "D" : duration.toString();
  }

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}

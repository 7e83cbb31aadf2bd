package dev.partnerkit.store.journal;

import dev.partnerkit.model.AdminTask;
import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.DelegationGrant;
import dev.partnerkit.model.GranularRelationship;
import dev.partnerkit.model.InvitationId;
import dev.partnerkit.model.Offer;
import dev.partnerkit.model.Partner;
import dev.partnerkit.model.PartnerId;
import dev.partnerkit.model.PartnerOfRecord;
import dev.partnerkit.model.RelationshipId;
import dev.partnerkit.model.ServiceCatalog;
import dev.partnerkit.model.Subscription;
import dev.partnerkit.rules.Action;
import dev.partnerkit.rules.CustomerState;
import dev.partnerkit.rules.Decision;
import dev.partnerkit.rules.Outcome;
import dev.partnerkit.rules.PartnerProgram;
import dev.partnerkit.rules.ProgramPolicy;
import dev.partnerkit.rules.ProgramSnapshot;
import dev.partnerkit.rules.ProgramStore;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A partner program whose state lives on a {@link Journal}: opening it replays the journal into an
 * in-memory {@link PartnerProgram}, and from then on every allowed action is written and forced to
 * the journal before it takes effect or is acknowledged. Restarting after a crash, even a {@code
 * kill -9}, rebuilds every acknowledged action.
 *
 * <pre>{@code
 * try (JournalProgram program =
 *     JournalProgram.open(Path.of("program.journal"), catalog, ProgramPolicy.seed())) {
 *   Outcome outcome = program.apply(action, Instant.now());
 * }
 * }</pre>
 *
 * <p>Open a journal with the catalog and policy it was written with; replay refuses otherwise. If
 * the journal fails or is closed, {@link #apply} throws {@link JournalException} and applies
 * nothing; queries keep answering from memory.
 *
 * <p>Thread-safe, like {@link PartnerProgram}. Create with {@link #open(Path, ServiceCatalog,
 * ProgramPolicy)}; close when done.
 */
public final class JournalProgram implements ProgramStore, AutoCloseable {
  private final Journal journal;
  private final PartnerProgram program;

  private JournalProgram(Journal journal, PartnerProgram program) {
    this.journal = journal;
    this.program = program;
  }

  /**
   * Opens the journal (creating it if absent), rebuilds the program from it and returns a program
   * that forces each event alone ({@link Durability#SYNC_EACH}).
   *
   * @param file the journal file; its directory must exist
   * @param catalog the catalog the journal was written with
   * @param policy the policy the journal was written with
   * @return the program
   * @throws JournalException when the journal cannot be opened or does not replay with this catalog
   *     and policy
   */
  public static JournalProgram open(Path file, ServiceCatalog catalog, ProgramPolicy policy) {
    return open(file, catalog, policy, Durability.SYNC_EACH);
  }

  /**
   * Opens the journal (creating it if absent) and rebuilds the program from it.
   *
   * @param file the journal file; its directory must exist
   * @param catalog the catalog the journal was written with
   * @param policy the policy the journal was written with
   * @param durability how appends are forced to the disk
   * @return the program
   * @throws JournalException when the journal cannot be opened or does not replay with this catalog
   *     and policy
   */
  public static JournalProgram open(
      Path file, ServiceCatalog catalog, ProgramPolicy policy, Durability durability) {
    Objects.requireNonNull(catalog, "catalog");
    Objects.requireNonNull(policy, "policy");
    Journal journal = Journal.open(file, durability);
    try {
      PartnerProgram program =
          PartnerProgram.builder()
              .catalog(catalog)
              .policy(policy)
              .replaying(journal.recoveredEvents())
              .eventSink(journal)
              .build();
      return new JournalProgram(journal, program);
    } catch (IllegalStateException e) {
      journal.close();
      throw new JournalException(
          "Journal "
              + journal.file()
              + " does not replay: "
              + e.getMessage()
              + ". Open it with the catalog and policy it was written with.",
          e);
    } catch (RuntimeException | Error e) {
      journal.close();
      throw e;
    }
  }

  /**
   * Returns the in-memory program, for what only {@link PartnerProgram} offers, such as its log and
   * its lists of partners and customers. Its actions go through the journal as well.
   *
   * @return the program
   */
  public PartnerProgram program() {
    return program;
  }

  /**
   * Returns the journal.
   *
   * @return the journal
   */
  public Journal journal() {
    return journal;
  }

  /**
   * Returns the service catalog.
   *
   * @return the catalog
   */
  @Override
  public ServiceCatalog catalog() {
    return program.catalog();
  }

  /**
   * Returns the policy.
   *
   * @return the policy
   */
  @Override
  public ProgramPolicy policy() {
    return program.policy();
  }

  /**
   * Checks an action against the rules at {@code now} and, when allowed, writes its event to the
   * journal, forces it to the disk and applies it.
   *
   * @param action the action
   * @param now the time of the action
   * @return the decision and, when allowed, the logged event
   * @throws JournalException when the journal is closed or failed; the action is then not applied
   */
  @Override
  public Outcome apply(Action action, Instant now) {
    return program.apply(action, now);
  }

  /**
   * Decides an action at {@code now} without applying it.
   *
   * @param action the action
   * @param now the time
   * @return the decision {@link #apply} would reach now
   */
  @Override
  public Decision decide(Action action, Instant now) {
    return program.decide(action, now);
  }

  /**
   * Decides whether the customer may accept the partner's delegated-admin option now.
   *
   * @param customer the customer
   * @param partner the partner
   * @param now the time
   * @return allowed, or denied with every reason
   */
  @Override
  public Decision mayAcceptDelegatedAdmin(CustomerId customer, PartnerId partner, Instant now) {
    return program.mayAcceptDelegatedAdmin(customer, partner, now);
  }

  /**
   * Decides whether the partner may perform the task for the customer now, and if not, why.
   *
   * @param partner the partner
   * @param customer the customer
   * @param task the task
   * @param now the time
   * @return allowed, or denied with what would allow it
   */
  @Override
  public Decision mayPerform(PartnerId partner, CustomerId customer, AdminTask task, Instant now) {
    return program.mayPerform(partner, customer, task, now);
  }

  /**
   * Returns a registered partner.
   *
   * @param id the partner's id
   * @return the partner
   */
  @Override
  public Optional<Partner> partner(PartnerId id) {
    return program.partner(id);
  }

  /**
   * Returns a registered customer's stored state.
   *
   * @param id the customer's id
   * @return the state
   */
  @Override
  public Optional<CustomerState> customer(CustomerId id) {
    return program.customer(id);
  }

  /**
   * Returns the customer's delegated admins now.
   *
   * @param customer the customer
   * @param now the time
   * @return the partners
   */
  @Override
  public Set<PartnerId> delegatedAdmins(CustomerId customer, Instant now) {
    return program.delegatedAdmins(customer, now);
  }

  /**
   * Returns the customer's delegated-admin grants, active and revoked.
   *
   * @param customer the customer
   * @return the grants
   */
  @Override
  public List<DelegationGrant> grants(CustomerId customer) {
    return program.grants(customer);
  }

  /**
   * Returns the customer's partner of record.
   *
   * @param customer the customer
   * @return the designation, if any
   */
  @Override
  public Optional<PartnerOfRecord> partnerOfRecord(CustomerId customer) {
    return program.partnerOfRecord(customer);
  }

  /**
   * Returns the customer's subscriptions as they stand now.
   *
   * @param customer the customer
   * @param now the time
   * @return the subscriptions
   */
  @Override
  public List<Subscription> subscriptions(CustomerId customer, Instant now) {
    return program.subscriptions(customer, now);
  }

  /**
   * Returns an invitation or offer as it stands now.
   *
   * @param id the invitation's id
   * @param now the time
   * @return the offer
   */
  @Override
  public Optional<Offer> offer(InvitationId id, Instant now) {
    return program.offer(id, now);
  }

  /**
   * Returns every invitation and offer addressed to the customer, as they stand now.
   *
   * @param customer the customer
   * @param now the time
   * @return the offers
   */
  @Override
  public List<Offer> offers(CustomerId customer, Instant now) {
    return program.offers(customer, now);
  }

  /**
   * Returns the invitations and offers addressed to the customer that are pending now.
   *
   * @param customer the customer
   * @param now the time
   * @return the pending offers
   */
  @Override
  public List<Offer> pendingInvitations(CustomerId customer, Instant now) {
    return program.pendingInvitations(customer, now);
  }

  /**
   * Returns a granular relationship as it stands now.
   *
   * @param id the relationship's id
   * @param now the time
   * @return the relationship
   */
  @Override
  public Optional<GranularRelationship> relationship(RelationshipId id, Instant now) {
    return program.relationship(id, now);
  }

  /**
   * Returns the customer's granular relationships as they stand now.
   *
   * @param customer the customer
   * @param now the time
   * @return the relationships
   */
  @Override
  public List<GranularRelationship> relationships(CustomerId customer, Instant now) {
    return program.relationships(customer, now);
  }

  /**
   * Returns the partner's customers now.
   *
   * @param partner the partner
   * @param now the time
   * @return the customer ids
   */
  @Override
  public Set<CustomerId> customersOf(PartnerId partner, Instant now) {
    return program.customersOf(partner, now);
  }

  /**
   * Returns the sequence number of the last event applied.
   *
   * @return 0 before the first event
   */
  @Override
  public long lastSequence() {
    return program.lastSequence();
  }

  /**
   * Returns the whole stored state at one moment.
   *
   * @return the snapshot
   */
  @Override
  public ProgramSnapshot snapshot() {
    return program.snapshot();
  }

  /**
   * Closes the journal once the appends already made are durable. Later actions throw {@link
   * JournalException}; queries keep answering from memory.
   *
   * @throws JournalException when the file cannot be closed
   */
  @Override
  public void close() {
    journal.close();
  }

  /**
   * Returns the journal's file and the last sequence number, for logs.
   *
   * @return a short description
   */
  @Override
  public String toString() {
    return "JournalProgram[" + journal.file() + ", " + program.lastSequence() + " events]";
  }
}

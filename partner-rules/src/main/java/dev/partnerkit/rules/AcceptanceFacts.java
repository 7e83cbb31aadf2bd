package dev.partnerkit.rules;

import dev.partnerkit.model.Cloud;
import dev.partnerkit.model.DelegationGrant;
import dev.partnerkit.model.GrantStatus;
import dev.partnerkit.model.Partner;
import dev.partnerkit.model.PartnerId;
import dev.partnerkit.model.Program;
import dev.partnerkit.model.ProgramEnrollment;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The few facts {@link PartnerProgram} keeps beside each customer and partner so that the hot
 * question "may this customer accept this partner's delegated-admin option now" can be answered yes
 * without walking the customer's state and the partner's enrollments.
 *
 * <p>Why: with a million customers the decision's cost is its cache misses, one per dependent
 * object it reads (the customer's state, the {@code Customer}, its grant list and array, the
 * partner, its enrollment list and each enrollment). The facts here are read from the customer's
 * slot and the partner's entry, which the lookups load anyway.
 *
 * <p>The facts only ever prove "allowed". Whenever they do not, the program asks {@link
 * ProgramRules#mayAcceptDelegatedAdmin}, which stays the one source of every denial and its
 * reasons; {@code FastAcceptanceTest} checks that both always agree.
 */
final class AcceptanceFacts {
  /**
   * Stands for "more than one partner holds an active grant"; compared by identity, so that no real
   * partner's id can match it.
   */
  static final PartnerId SEVERAL = PartnerId.of("partnerkit:several-active-admins");

  private final Era era;

  /** Per cloud ordinal: the cloud offers delegated administration (CLOUD-1, CLOUD-2). */
  private final boolean[] offersDelegatedAdmin;

  /** Per cloud ordinal: the cloud's rules, for CLOUD-3's closing date. */
  private final CloudRules[] clouds;

  private final Set<Program> qualifying;

  /**
   * Reads what the policy says of each cloud once, since a program's policy never changes.
   *
   * @param policy the program's policy
   */
  AcceptanceFacts(ProgramPolicy policy) {
    this.era = policy.getEra();
    Cloud[] all = Cloud.values();
    this.offersDelegatedAdmin = new boolean[all.length];
    this.clouds = new CloudRules[all.length];
    for (Cloud cloud : all) {
      CloudRules rules = policy.cloud(cloud);
      clouds[cloud.ordinal()] = rules;
      offersDelegatedAdmin[cloud.ordinal()] = rules.offers(Capability.DELEGATED_ADMIN);
    }
    this.qualifying = policy.getQualifyingPrograms();
  }

  /**
   * Returns true only when the rules would allow the acceptance: same open cloud offering delegated
   * administration (CLOUD-1 to CLOUD-4), a certified partner (ELIG-5) and, under the seed policy,
   * no other active delegated admin (DA-2). False means "ask the rules", not "denied".
   *
   * @param customerCloud the customer's cloud
   * @param activeAdmin the customer's active delegated admin, {@link #SEVERAL}, or null for none
   * @param partner the partner's entry
   * @param now the time
   */
  boolean provesAllowed(
      Cloud customerCloud, PartnerId activeAdmin, PartnerEntry partner, Instant now) {
    int cloud = customerCloud.ordinal();
    return partner.cloud == customerCloud
        && offersDelegatedAdmin[cloud]
        && partner.isCertifiedAt(now)
        && (era != Era.SEED
            || activeAdmin == null
            || activeAdmin == partner.id
            || (activeAdmin != SEVERAL && activeAdmin.equals(partner.id)))
        && clouds[cloud].isOpenAt(now);
  }

  /**
   * Returns the partner of the customer's active grants: null when none is active, {@link #SEVERAL}
   * when active grants name more than one partner.
   *
   * @param grants the customer's grants
   * @return the active delegated admin
   */
  static PartnerId activeAdmin(List<DelegationGrant> grants) {
    PartnerId found = null;
    for (int i = 0, n = grants.size(); i < n; i++) {
      DelegationGrant grant = grants.get(i);
      if (grant.getStatus() == GrantStatus.ACTIVE) {
        if (found == null) {
          found = grant.getPartner();
        } else if (!found.equals(grant.getPartner())) {
          return SEVERAL;
        }
      }
    }
    return found;
  }

  /**
   * Returns the entry the program keeps for a partner under this policy.
   *
   * @param partner the partner
   * @return its entry
   */
  PartnerEntry entry(Partner partner) {
    return new PartnerEntry(partner, certification(partner));
  }

  /**
   * Returns the intervals in which the partner is certified (ELIG-1, ELIG-2: a signed agreement and
   * an active qualifying enrollment) as {@code [startSecond, startNano, endSecond, endNano]} per
   * enrollment, an open end as {@link Long#MAX_VALUE}; empty without an agreement.
   */
  private long[] certification(Partner partner) {
    if (!partner.isAgreementSigned()) {
      return new long[0];
    }
    List<ProgramEnrollment> enrollments = partner.getEnrollments();
    long[] spans = new long[4 * enrollments.size()];
    int n = 0;
    for (ProgramEnrollment enrollment : enrollments) {
      if (qualifying.contains(enrollment.getProgram())) {
        Instant start = enrollment.getStart();
        Optional<Instant> end = enrollment.getEnd();
        spans[n++] = start.getEpochSecond();
        spans[n++] = start.getNano();
        spans[n++] = end.isPresent() ? end.get().getEpochSecond() : Long.MAX_VALUE;
        spans[n++] = end.isPresent() ? end.get().getNano() : Long.MAX_VALUE;
      }
    }
    return Arrays.copyOf(spans, n);
  }

  /**
   * A registered partner with its cloud and its certification intervals beside it, so that a
   * decision reads one object and one small array after the lookup.
   */
  static final class PartnerEntry {
    final Partner partner;
    final PartnerId id;
    final Cloud cloud;

    /**
     * The first certification interval, kept in fields so that a partner with one qualifying
     * enrollment (most partners) costs no array load; an empty interval when there is none.
     */
    private final long fromSecond;

    private final long fromNano;
    private final long untilSecond;
    private final long untilNano;

    /** The other intervals, four numbers each as {@link #certification} makes them. */
    private final long[] more;

    private PartnerEntry(Partner partner, long[] spans) {
      this.partner = partner;
      this.id = partner.getId();
      this.cloud = partner.getCloud();
      boolean any = spans.length > 0;
      this.fromSecond = any ? spans[0] : Long.MAX_VALUE;
      this.fromNano = any ? spans[1] : Long.MAX_VALUE;
      this.untilSecond = any ? spans[2] : Long.MIN_VALUE;
      this.untilNano = any ? spans[3] : Long.MIN_VALUE;
      this.more = any ? Arrays.copyOfRange(spans, 4, spans.length) : spans;
    }

    /** Same answer as {@link ProgramRules#isCertified} under the policy the entry was made for. */
    boolean isCertifiedAt(Instant now) {
      long second = now.getEpochSecond();
      long nano = now.getNano();
      if (within(second, nano, fromSecond, fromNano, untilSecond, untilNano)) {
        return true;
      }
      long[] spans = more;
      for (int i = 0; i < spans.length; i += 4) {
        if (within(second, nano, spans[i], spans[i + 1], spans[i + 2], spans[i + 3])) {
          return true;
        }
      }
      return false;
    }

    /** Returns whether {@code from <= time < until}, each given as epoch second and nano. */
    private static boolean within(
        long second, long nano, long fromSecond, long fromNano, long untilSecond, long untilNano) {
      boolean started = second > fromSecond || (second == fromSecond && nano >= fromNano);
      boolean ended = second > untilSecond || (second == untilSecond && nano >= untilNano);
      return started && !ended;
    }
  }
}

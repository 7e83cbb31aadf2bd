package dev.partnerkit.bench;

import dev.partnerkit.model.Cloud;
import dev.partnerkit.model.Customer;
import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.ImmutableCustomer;
import dev.partnerkit.model.InvitationId;
import dev.partnerkit.model.Partner;
import dev.partnerkit.model.PartnerId;
import dev.partnerkit.model.Program;
import dev.partnerkit.model.ProgramEnrollment;
import dev.partnerkit.rules.Action;
import dev.partnerkit.rules.Actor;
import dev.partnerkit.rules.PartnerProgram;
import dev.partnerkit.rules.ProgramPolicy;
import dev.partnerkit.testing.ModelFactory;
import dev.partnerkit.testing.Samples;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * A program state of a given size for the rules benchmarks: partners in each cloud, most of them
 * certified for delegated administration, and customers of which about a third already have an
 * active delegated admin.
 *
 * <p>Customers share a pool of company profiles from {@link ModelFactory} and differ in their
 * tenant id, so that a million of them fit in a few hundred megabytes and build in seconds; the
 * rules read only a customer's id, cloud and grants. Built once per trial; not thread-safe while
 * building.
 */
final class RulesWorld {
  /** The time every decision is asked at: a month after {@link Samples#EPOCH}. */
  static final Instant NOW = Samples.EPOCH.plus(Duration.ofDays(30));

  private static final int PROFILE_POOL = 4096;

  final PartnerProgram program;
  final CustomerId[] customers;
  final Cloud[] customerClouds;
  final PartnerId[] partners;
  final Cloud[] partnerClouds;
  final boolean[] certified;

  private RulesWorld(
      PartnerProgram program,
      CustomerId[] customers,
      Cloud[] customerClouds,
      PartnerId[] partners,
      Cloud[] partnerClouds,
      boolean[] certified) {
    this.program = program;
    this.customers = customers;
    this.customerClouds = customerClouds;
    this.partners = partners;
    this.partnerClouds = partnerClouds;
    this.certified = certified;
  }

  /**
   * Builds a program with the seed policy, {@code partnerCount} partners and {@code customerCount}
   * customers, the same for the same arguments.
   */
  static RulesWorld build(int customerCount, int partnerCount, boolean keepLog, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    ModelFactory factory = ModelFactory.seeded(seed);
    PartnerProgram program =
        PartnerProgram.builder()
            .catalog(Samples.catalog())
            .policy(ProgramPolicy.seed())
            .keepLog(keepLog)
            .build();
    Instant setUp = Samples.EPOCH;

    PartnerId[] partners = new PartnerId[partnerCount];
    Cloud[] partnerClouds = new Cloud[partnerCount];
    boolean[] certified = new boolean[partnerCount];
    for (int i = 0; i < partnerCount; i++) {
      Partner partner = partner(i, random);
      require(program.apply(new Action.RegisterPartner(partner), setUp).isAllowed(), partner);
      partners[i] = partner.getId();
      partnerClouds[i] = partner.getCloud();
      certified[i] = partner.isAgreementSigned() && !partner.getEnrollments().isEmpty();
    }

    List<Customer> profiles = new ArrayList<>(PROFILE_POOL);
    for (int i = 0; i < PROFILE_POOL; i++) {
      profiles.add(factory.customer());
    }
    CustomerId[] customers = new CustomerId[customerCount];
    Cloud[] customerClouds = new Cloud[customerCount];
    for (int i = 0; i < customerCount; i++) {
      Customer template = profiles.get(i % PROFILE_POOL);
      CustomerId id = CustomerId.of(new UUID(random.nextLong(), random.nextLong()));
      Customer customer = ImmutableCustomer.copyOf(template).withId(id);
      require(program.apply(new Action.RegisterCustomer(customer), setUp).isAllowed(), id);
      customers[i] = id;
      customerClouds[i] = customer.getCloud();
    }

    // About a third of the customers that can have a delegated admin already have one.
    for (int i = 0; i < customerCount; i++) {
      if (random.nextInt(3) != 0) {
        continue;
      }
      int p = certifiedPartnerIn(customerClouds[i], partnerClouds, certified, random);
      if (p < 0) {
        continue;
      }
      InvitationId invitation = InvitationId.of("grant-" + i);
      Action send = new Action.SendDelegatedAdminInvitation(invitation, partners[p], customers[i]);
      if (program.apply(send, setUp).isAllowed()) {
        Action accept = new Action.Accept(invitation, Actor.customer(customers[i]));
        require(program.apply(accept, setUp).isAllowed(), accept);
      }
    }
    return new RulesWorld(program, customers, customerClouds, partners, partnerClouds, certified);
  }

  /**
   * Returns a partner: 70% in the global cloud like customers; 90% certified (signed and enrolled
   * in Cloud Essentials, some also in Cloud Accelerate); the rest signed but never enrolled.
   */
  private static Partner partner(int i, SplittableRandom random) {
    Cloud cloud = cloud(random);
    boolean certified = random.nextInt(10) != 0;
    var builder =
        Partner.builder()
            .id(PartnerId.of("partner-" + i))
            .name("Partner " + i + " Ltd")
            .cloud(cloud)
            .agreementSigned(true)
            .addAllAuthorizedServices(
                Samples.catalog().getServices().stream().map(s -> s.getId()).toList());
    if (certified) {
      Instant start = Samples.EPOCH.minus(Duration.ofDays(30 + random.nextInt(700)));
      builder.addEnrollment(ProgramEnrollment.of(Program.CLOUD_ESSENTIALS, start));
      if (random.nextInt(4) == 0) {
        builder.addEnrollment(
            ProgramEnrollment.of(Program.CLOUD_ACCELERATE, start.plus(Duration.ofDays(20))));
      }
    }
    return builder.build();
  }

  private static Cloud cloud(SplittableRandom random) {
    int roll = random.nextInt(10);
    return roll < 7
        ? Cloud.GLOBAL
        : roll == 7 ? Cloud.US_GOVERNMENT : roll == 8 ? Cloud.CHINA_21VIANET : Cloud.GERMANY;
  }

  /** Returns a random certified partner in {@code cloud}, or -1 after enough misses. */
  static int certifiedPartnerIn(
      Cloud cloud, Cloud[] partnerClouds, boolean[] certified, SplittableRandom random) {
    for (int attempt = 0; attempt < 1000; attempt++) {
      int p = random.nextInt(partnerClouds.length);
      if (partnerClouds[p] == cloud && certified[p]) {
        return p;
      }
    }
    return -1;
  }

  private static void require(boolean allowed, Object what) {
    if (!allowed) {
      throw new IllegalStateException("benchmark set-up was denied: " + what);
    }
  }
}
